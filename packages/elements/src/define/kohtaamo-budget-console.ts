import { KohtaamoBudgetConsole } from '../budgeting/budget-console/budget-console.js';

export { KohtaamoBudgetConsole };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-budget-console')) customElements.define('kohtaamo-budget-console', KohtaamoBudgetConsole);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-budget-console': KohtaamoBudgetConsole;
  }
}
