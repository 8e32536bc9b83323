import { KohtaamoSurveyConsole } from '../surveys/survey-console/survey-console.js';

export { KohtaamoSurveyConsole };

// Defined once, even when a page loads both this file and the all-in-one bundle.
if (!customElements.get('kohtaamo-survey-console')) customElements.define('kohtaamo-survey-console', KohtaamoSurveyConsole);

declare global {
  interface HTMLElementTagNameMap {
    'kohtaamo-survey-console': KohtaamoSurveyConsole;
  }
}
