import type { Catalog } from '../i18n/translate.js';
import ballotRules from './ballot-rules.messages.en.js';
import type { BudgetingMessageKey } from './budgeting.messages.fi.js';

/** English texts of the ballot's rules, violations, what is left and the receipt check. */
const en: Catalog<BudgetingMessageKey> = {
  ...ballotRules,
  'budgeting.rules.maxBelowMin': 'The maximum cannot be below the minimum.',
  'budgeting.rules.maxPointsAboveTotal': 'The points for one project cannot exceed the total points.',
  'budgeting.rules.projects.required': 'Add at least one project to the vote.',
  'budgeting.rules.projects.duplicate': 'The same project is on the ballot twice.',
  'budgeting.rules.tieBreaking.repeated': 'The same tie-breaking criterion appears twice.',
  'budgeting.rules.tieBreaking.lot': 'The order of the lot must list every project exactly once.',
  'budgeting.rules.completion.mesOnly': 'A completion method belongs to the Method of Equal Shares only.',
  'budgeting.receipt.invalid': 'This receipt code is not valid. Check it on your receipt.',
  'budgeting.receipt.counted': 'Your ballot was counted in the result.',
  'budgeting.receipt.notFound': 'This receipt code is not among the counted ballots.',
};

export default en;
