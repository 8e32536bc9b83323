import type { Catalog } from '../i18n/translate.js';
import type { SurveyConsoleShellMessageKey } from './survey-console-shell.messages.fi.js';

/** English texts of the survey console's first state (the sign-in). */
const en: Catalog<SurveyConsoleShellMessageKey> = {
  'surveyConsole.title': 'Survey console',
  'surveyConsole.error': 'That did not work. Please try again.',
  'surveyConsole.signIn.title': 'Sign in',
  'surveyConsole.signIn.token': 'Staff token',
  'surveyConsole.signIn.hint': 'You need the survey analyst grant. The token is kept in this tab only.',
  'surveyConsole.signIn.required': 'Enter the token.',
  'surveyConsole.signIn.submit': 'Sign in',
};

export default en;
