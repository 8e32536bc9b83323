import { KohtaamoSurvey } from '../surveys/survey/survey.js';

export { KohtaamoSurvey };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-survey')) customElements.define('kohtaamo-survey', KohtaamoSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-survey': KohtaamoSurvey;
  }
}
