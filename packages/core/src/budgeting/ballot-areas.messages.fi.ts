import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the ballot's area choice, a part of <kohtaamo-budget-ballot> loaded only when
 * the round has several areas and the element names none (issue 7, ADR 0098). Finnish defines the keys.
 */
const fi = {
  'budgeting.ui.chooseBudget': 'Valitse alue, jonka hankkeista äänestät',
  'budgeting.ui.oneBudget': 'Voit äänestää yhdellä alueella.',
  'budgeting.ui.allBudgets': 'Voit äänestää jokaisella alueella erikseen.',
  'budgeting.ui.budgetOption': '{name} (budjetti {amount})',
  'budgeting.ui.continue': 'Jatka',
} as const satisfies Catalog;

export type BallotAreasMessageKey = keyof typeof fi;
export default fi;
