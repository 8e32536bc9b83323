import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of a knapsack ballot (its rules, what the choices cost, a project that no longer
 * fits), a part of <kohtaamo-budget-ballot> loaded only when the ballot paper's rule is knapsack
 * (issue 7, ADR 0106). Finnish defines the keys.
 */
const fi = {
  'budgeting.ui.rules.knapsack': 'Valitse hankkeita, joiden yhteishinta mahtuu budjettiin ({budget}).',
  'budgeting.ui.rules.minShare': 'Käytä vähintään {percent} % budjetista.',
  'budgeting.ui.doesNotFit': 'Ei mahdu jäljellä olevaan rahaan.',
  'budgeting.ui.spent': 'Valintasi maksavat {total}.',
} as const satisfies Catalog;

export type BallotKnapsackMessageKey = keyof typeof fi;
export default fi;
