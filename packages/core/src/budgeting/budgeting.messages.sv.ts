import type { Catalog } from '../i18n/translate.js';
import ballotRules from './ballot-rules.messages.sv.js';
import type { BudgetingMessageKey } from './budgeting.messages.fi.js';

/** Swedish texts of the ballot's rules, violations, what is left and the receipt check. */
const sv: Catalog<BudgetingMessageKey> = {
  ...ballotRules,
  'budgeting.rules.maxBelowMin': 'Det högsta antalet kan inte vara mindre än det lägsta.',
  'budgeting.rules.maxPointsAboveTotal': 'Poängen för ett projekt kan inte överstiga det totala antalet poäng.',
  'budgeting.rules.projects.required': 'Lägg till minst ett projekt i omröstningen.',
  'budgeting.rules.projects.duplicate': 'Samma projekt finns två gånger i omröstningen.',
  'budgeting.rules.tieBreaking.repeated': 'Samma regel för oavgjort finns två gånger i ordningen.',
  'budgeting.rules.tieBreaking.lot': 'Lottningens ordning måste innehålla varje projekt exakt en gång.',
  'budgeting.rules.completion.mesOnly': 'Kompletteringssättet hör bara till metoden med lika andelar.',
  'budgeting.receipt.invalid': 'Kvittokoden är ogiltig. Kontrollera den på kvittot.',
  'budgeting.receipt.counted': 'Din röst har räknats med i resultatet.',
  'budgeting.receipt.notFound': 'Den här kvittokoden finns inte bland de räknade rösterna.',
};

export default sv;
