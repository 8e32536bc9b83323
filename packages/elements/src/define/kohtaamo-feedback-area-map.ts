import { KohtaamoFeedbackAreaMap } from '../feedback/feedback-map/feedback-area-map.js';

export { KohtaamoFeedbackAreaMap };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-feedback-area-map')) customElements.define('kohtaamo-feedback-area-map', KohtaamoFeedbackAreaMap);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-feedback-area-map': KohtaamoFeedbackAreaMap;
  }
}
