import type { Catalog } from '../i18n/translate.js';
import type { BallotAreasMessageKey } from './ballot-areas.messages.fi.js';

/** Swedish texts of the ballot's area choice. */
const sv: Catalog<BallotAreasMessageKey> = {
  'budgeting.ui.chooseBudget': 'Välj området vars projekt du röstar om',
  'budgeting.ui.oneBudget': 'Du kan rösta i ett område.',
  'budgeting.ui.allBudgets': 'Du kan rösta i varje område för sig.',
  'budgeting.ui.budgetOption': '{name} (budget {amount})',
  'budgeting.ui.continue': 'Fortsätt',
};

export default sv;
