import { KohtaamoFeedbackInbox } from '../feedback/feedback-inbox/feedback-inbox.js';

export { KohtaamoFeedbackInbox };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-feedback-inbox')) customElements.define('kohtaamo-feedback-inbox', KohtaamoFeedbackInbox);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-feedback-inbox': KohtaamoFeedbackInbox;
  }
}
