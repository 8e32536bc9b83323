import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SurveyConsoleShellMessageKey } from './survey-console-shell.messages.fi.js';

/** The texts of the survey console's first state (the sign-in): Finnish in the bundle, Swedish and English loaded when needed. */
export const lazySurveyConsoleShellMessages: LazyCatalogs<SurveyConsoleShellMessageKey> = {
  fi,
  sv: () => import('./survey-console-shell.messages.sv.js'),
  en: () => import('./survey-console-shell.messages.en.js'),
};
