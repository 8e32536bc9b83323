import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SurveyConsoleMessageKey } from './survey-console.messages.fi.js';

/** The texts of the survey console's list, forms and tabs (staff, after sign-in; the sign-in's are survey-console-shell.messages.*): Finnish in the bundle, Swedish and English loaded when needed. */
export const lazySurveyConsoleMessages: LazyCatalogs<SurveyConsoleMessageKey> = {
  fi,
  sv: () => import('./survey-console.messages.sv.js'),
  en: () => import('./survey-console.messages.en.js'),
};
