import type { Catalog } from '../i18n/translate.js';
import type { BallotAreasMessageKey } from './ballot-areas.messages.fi.js';

/** English texts of the ballot's area choice. */
const en: Catalog<BallotAreasMessageKey> = {
  'budgeting.ui.chooseBudget': 'Choose the area whose projects you vote on',
  'budgeting.ui.oneBudget': 'You can vote in one area.',
  'budgeting.ui.allBudgets': 'You can vote in each area separately.',
  'budgeting.ui.budgetOption': '{name} (budget {amount})',
  'budgeting.ui.continue': 'Continue',
};

export default en;
