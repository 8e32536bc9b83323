import { KohtaamoFeedbackStatus } from '../feedback/feedback-status/feedback-status.js';

export { KohtaamoFeedbackStatus };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-feedback-status')) customElements.define('kohtaamo-feedback-status', KohtaamoFeedbackStatus);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-feedback-status': KohtaamoFeedbackStatus;
  }
}
