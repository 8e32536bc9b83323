import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SurveyResultsWidgetMessageKey } from './survey-results-widget.messages.fi.js';

/** The survey results widget's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazySurveyResultsWidgetMessages: LazyCatalogs<SurveyResultsWidgetMessageKey> = {
  fi,
  sv: () => import('./survey-results-widget.messages.sv.js'),
  en: () => import('./survey-results-widget.messages.en.js'),
};
