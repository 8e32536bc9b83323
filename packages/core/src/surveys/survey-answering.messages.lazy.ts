import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SurveyAnsweringMessageKey } from './survey-answering.messages.fi.js';

/** The texts of answering a survey only (no definition or condition errors, which are staff's): Finnish in the bundle, Swedish and English loaded when needed. */
export const lazySurveyAnsweringMessages: LazyCatalogs<SurveyAnsweringMessageKey> = {
  fi,
  sv: () => import('./survey-answering.messages.sv.js'),
  en: () => import('./survey-answering.messages.en.js'),
};
