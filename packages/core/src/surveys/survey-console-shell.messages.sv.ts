import type { Catalog } from '../i18n/translate.js';
import type { SurveyConsoleShellMessageKey } from './survey-console-shell.messages.fi.js';

/** Swedish texts of the survey console's first state (the sign-in). */
const sv: Catalog<SurveyConsoleShellMessageKey> = {
  'surveyConsole.title': 'Hantering av enkäter',
  'surveyConsole.error': 'Det gick inte. Försök igen.',
  'surveyConsole.signIn.title': 'Logga in',
  'surveyConsole.signIn.token': 'Personalens nyckel',
  'surveyConsole.signIn.hint': 'Du behöver rätten som enkätanalytiker. Nyckeln sparas bara i den här fliken.',
  'surveyConsole.signIn.required': 'Skriv nyckeln.',
  'surveyConsole.signIn.submit': 'Logga in',
};

export default sv;
