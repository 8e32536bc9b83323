import type { FeedbackReceipt } from '@kohtaamo/core';

/**
 * The server confirmed a feedback that the person sent (its 201 answer): `receipt` holds the
 * tracking code. Bubbles and crosses shadow roots, so a host page can listen on `document`,
 * e.g. to hand the code to a `<kohtaamo-feedback-status>` on the same page.
 */
export class KohtaamoFeedbackSubmittedEvent extends Event {
  static readonly eventName = 'kohtaamo-feedback-submitted' as const;

  constructor(readonly receipt: FeedbackReceipt) {
    super(KohtaamoFeedbackSubmittedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'kohtaamo-feedback-submitted': KohtaamoFeedbackSubmittedEvent;
  }
  /** It bubbles out of shadow roots up to the document, where a host page may listen. */
  interface DocumentEventMap {
    'kohtaamo-feedback-submitted': KohtaamoFeedbackSubmittedEvent;
  }
}
