import type { Catalog } from '../i18n/translate.js';
import type { BallotKnapsackMessageKey } from './ballot-knapsack.messages.fi.js';

/** English texts of a knapsack ballot. */
const en: Catalog<BallotKnapsackMessageKey> = {
  'budgeting.ui.rules.knapsack': 'Choose projects whose total cost fits in the budget ({budget}).',
  'budgeting.ui.rules.minShare': 'Use at least {percent}% of the budget.',
  'budgeting.ui.doesNotFit': 'Does not fit in the money left.',
  'budgeting.ui.spent': 'Your choices cost {total}.',
};

export default en;
