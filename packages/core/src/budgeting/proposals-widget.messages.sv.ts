import type { Catalog } from '../i18n/translate.js';
import type { ProposalsWidgetMessageKey } from './proposals-widget.messages.fi.js';

/** Swedish texts of the proposals widget. */
const sv: Catalog<ProposalsWidgetMessageKey> = {
  'budgeting.proposals.title': 'Förslag',
  'budgeting.proposals.filters': 'Avgränsa förslagen',
  'budgeting.proposals.filter.budget': 'Område eller tema',
  'budgeting.proposals.filter.allBudgets': 'Alla områden och teman',
  'budgeting.proposals.filter.status': 'Status',
  'budgeting.proposals.filter.allStatuses': 'Alla statusar',
  'budgeting.proposals.filter.maxCost': 'Kostnad högst (€)',
  'budgeting.proposals.filter.maxCostHint': 'Lämna tomt om kostnaden inte spelar någon roll.',
  'budgeting.proposals.filter.apply': 'Visa förslagen',
  'budgeting.proposals.status.submitted': 'Inlämnat, väntar på bedömning',
  'budgeting.proposals.status.feasible': 'Genomförbart',
  'budgeting.proposals.status.rejected': 'Avslaget',
  'budgeting.proposals.status.merged': 'Sammanslaget med ett annat förslag',
  'budgeting.proposals.kind.area': 'Område',
  'budgeting.proposals.kind.theme': 'Tema',
  'budgeting.proposals.count': { plural: 'count', one: '{count} förslag', other: '{count} förslag' },
  'budgeting.proposals.none': 'Inga förslag med dessa avgränsningar.',
  'budgeting.proposals.more': 'Visa fler förslag',
  'budgeting.proposals.estimated': 'Förslagsställarens uppskattning {cost}',
  'budgeting.proposals.cityEstimate': 'Stadens kostnadsberäkning {cost}',
  'budgeting.proposals.back': 'Tillbaka till förslagen',
  'budgeting.proposals.read': 'Läs förslaget',
  'budgeting.proposals.new': 'Lämna ett förslag',
  'budgeting.proposals.newHint': 'Förslag kan lämnas till och med {until}. Staden bedömer varje förslag och motiverar sitt beslut offentligt.',
  'budgeting.proposals.closedHint': 'Förslagsfasen är inte öppen nu ({from}–{until}).',
  'budgeting.proposals.loadError': 'Förslagen kunde inte laddas.',
  'budgeting.proposals.retry': 'Försök igen',
  'budgeting.proposals.noRound': 'Omgången hittades inte. Till sidans redaktör: kontrollera elementets round-attribut.',
};
export default sv;
