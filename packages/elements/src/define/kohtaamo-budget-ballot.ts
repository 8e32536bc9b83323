import { KohtaamoBudgetBallot } from '../budgeting/budget-ballot/budget-ballot.js';
export { KohtaamoBudgetBallotCastEvent } from '../budgeting/budget-ballot/budget-ballot.events.js';

export { KohtaamoBudgetBallot };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-budget-ballot')) customElements.define('kohtaamo-budget-ballot', KohtaamoBudgetBallot);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-budget-ballot': KohtaamoBudgetBallot;
  }
}
