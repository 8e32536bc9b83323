import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SurveyAnsweringLaterMessageKey } from './survey-answering-later.messages.fi.js';

/** The texts of the survey widget's lazy parts (review, help offer, resume, interviewer): imported by those modules only, Swedish and English loaded when needed. */
export const lazySurveyAnsweringLaterMessages: LazyCatalogs<SurveyAnsweringLaterMessageKey> = {
  fi,
  sv: () => import('./survey-answering-later.messages.sv.js'),
  en: () => import('./survey-answering-later.messages.en.js'),
};
