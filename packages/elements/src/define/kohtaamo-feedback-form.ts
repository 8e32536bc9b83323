import { KohtaamoFeedbackForm } from '../feedback/feedback-form/feedback-form.js';

export { KohtaamoFeedbackForm };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-feedback-form')) customElements.define('kohtaamo-feedback-form', KohtaamoFeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-feedback-form': KohtaamoFeedbackForm;
  }
}
