import { KohtaamoFeedbackMap } from '../feedback/feedback-map/feedback-map.js';

export { KohtaamoFeedbackMap };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-feedback-map')) customElements.define('kohtaamo-feedback-map', KohtaamoFeedbackMap);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-feedback-map': KohtaamoFeedbackMap;
  }
}
