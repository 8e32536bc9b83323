import type { BallotReceipt } from '@kohtaamo/core';

/**
 * The server stored the ballot the person cast (its 201 answer): `receipt` holds the receipt
 * code and the budget. Bubbles and crosses shadow roots; the code tells nothing of the content.
 */
export class KohtaamoBudgetBallotCastEvent extends Event {
  static readonly eventName = 'kohtaamo-budget-ballot-cast' as const;

  constructor(readonly receipt: BallotReceipt) {
    super(KohtaamoBudgetBallotCastEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-budget-ballot-cast': KohtaamoBudgetBallotCastEvent;
  }
  interface DocumentEventMap {
    'kohtaamo-budget-ballot-cast': KohtaamoBudgetBallotCastEvent;
  }
}
