import { KohtaamoBudgetReceipt } from '../budgeting/budget-receipt/budget-receipt.js';

export { KohtaamoBudgetReceipt };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-budget-receipt')) customElements.define('kohtaamo-budget-receipt', KohtaamoBudgetReceipt);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-budget-receipt': KohtaamoBudgetReceipt;
  }
}
