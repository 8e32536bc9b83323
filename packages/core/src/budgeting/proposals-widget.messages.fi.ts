import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the proposals widget (<kohtaamo-budget-proposals>). Finnish defines the keys: Swedish and English must have the same. */
const fi = {
  'budgeting.proposals.title': 'Ehdotukset',
  'budgeting.proposals.filters': 'Rajaa ehdotuksia',
  'budgeting.proposals.filter.budget': 'Alue tai teema',
  'budgeting.proposals.filter.allBudgets': 'Kaikki alueet ja teemat',
  'budgeting.proposals.filter.status': 'Tila',
  'budgeting.proposals.filter.allStatuses': 'Kaikki tilat',
  'budgeting.proposals.filter.maxCost': 'Hinta enintään (€)',
  'budgeting.proposals.filter.maxCostHint': 'Jätä tyhjäksi, jos hinnalla ei ole väliä.',
  'budgeting.proposals.filter.apply': 'Näytä ehdotukset',
  'budgeting.proposals.status.submitted': 'Jätetty, odottaa arviointia',
  'budgeting.proposals.status.feasible': 'Toteuttamiskelpoinen',
  'budgeting.proposals.status.rejected': 'Hylätty',
  'budgeting.proposals.status.merged': 'Yhdistetty toiseen ehdotukseen',
  'budgeting.proposals.kind.area': 'Alue',
  'budgeting.proposals.kind.theme': 'Teema',
  'budgeting.proposals.count': { plural: 'count', one: '{count} ehdotus', other: '{count} ehdotusta' },
  'budgeting.proposals.none': 'Ei ehdotuksia näillä rajauksilla.',
  'budgeting.proposals.more': 'Näytä lisää ehdotuksia',
  'budgeting.proposals.estimated': 'Ehdottajan hinta-arvio {cost}',
  'budgeting.proposals.cityEstimate': 'Kaupungin kustannusarvio {cost}',
  'budgeting.proposals.back': 'Takaisin ehdotuksiin',
  'budgeting.proposals.read': 'Lue ehdotus',
  'budgeting.proposals.new': 'Jätä ehdotus',
  'budgeting.proposals.newHint': 'Ehdotuksia voi jättää {until} asti. Kaupunki arvioi jokaisen ehdotuksen ja kertoo perustelut julkisesti.',
  'budgeting.proposals.closedHint': 'Ehdotusvaihe ei ole nyt auki ({from}–{until}).',
  'budgeting.proposals.loadError': 'Ehdotuksia ei saatu ladattua.',
  'budgeting.proposals.retry': 'Yritä uudelleen',
  'budgeting.proposals.noRound': 'Kierrosta ei löytynyt. Sivun ylläpitäjälle: tarkista elementin round-attribuutti.',
} satisfies Catalog;

export type ProposalsWidgetMessageKey = keyof typeof fi;
export default fi;
