import { KohtaamoFeedbackStats } from '../feedback/feedback-stats/feedback-stats.js';

export { KohtaamoFeedbackStats };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-feedback-stats')) customElements.define('kohtaamo-feedback-stats', KohtaamoFeedbackStats);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-feedback-stats': KohtaamoFeedbackStats;
  }
}
