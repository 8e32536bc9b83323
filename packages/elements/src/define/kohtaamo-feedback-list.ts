import { KohtaamoFeedbackList } from '../feedback/feedback-list/feedback-list.js';

export { KohtaamoFeedbackList };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-feedback-list')) customElements.define('kohtaamo-feedback-list', KohtaamoFeedbackList);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-feedback-list': KohtaamoFeedbackList;
  }
}
