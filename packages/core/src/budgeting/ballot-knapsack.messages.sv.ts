import type { Catalog } from '../i18n/translate.js';
import type { BallotKnapsackMessageKey } from './ballot-knapsack.messages.fi.js';

/** Swedish texts of a knapsack ballot. */
const sv: Catalog<BallotKnapsackMessageKey> = {
  'budgeting.ui.rules.knapsack': 'Välj projekt vars sammanlagda kostnad ryms i budgeten ({budget}).',
  'budgeting.ui.rules.minShare': 'Använd minst {percent} % av budgeten.',
  'budgeting.ui.doesNotFit': 'Ryms inte i pengarna som är kvar.',
  'budgeting.ui.spent': 'Dina val kostar {total}.',
};

export default sv;
