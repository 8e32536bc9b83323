import { KohtaamoSurveyResults } from '../surveys/survey-results/survey-results.js';

export { KohtaamoSurveyResults };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-survey-results')) customElements.define('kohtaamo-survey-results', KohtaamoSurveyResults);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-survey-results': KohtaamoSurveyResults;
  }
}
