import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SurveyResultsChoiceMessageKey } from './survey-results-choice.messages.fi.js';

export type { SurveyResultsChoiceMessageKey };

/** The texts shown after a group or a year is chosen: Finnish with the part that shows them, Swedish and English loaded when a page needs them. */
export const lazySurveyResultsChoiceMessages: LazyCatalogs<SurveyResultsChoiceMessageKey> = {
  fi,
  sv: () => import('./survey-results-choice.messages.sv.js'),
  en: () => import('./survey-results-choice.messages.en.js'),
};
