import { KohtaamoBudgetResults } from '../budgeting/budget-results/budget-results.js';

export { KohtaamoBudgetResults };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-budget-results')) customElements.define('kohtaamo-budget-results', KohtaamoBudgetResults);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-budget-results': KohtaamoBudgetResults;
  }
}
