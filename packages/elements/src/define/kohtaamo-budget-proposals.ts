import { KohtaamoBudgetProposals } from '../budgeting/budget-proposals/budget-proposals.js';

export { KohtaamoBudgetProposals };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-budget-proposals')) customElements.define('kohtaamo-budget-proposals', KohtaamoBudgetProposals);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-budget-proposals': KohtaamoBudgetProposals;
  }
}
