import type { Catalog } from '../i18n/translate.js';
import type { SurveyConsoleShellMessageKey } from './survey-console-shell.messages.fi.js';

/** Swedish texts of the survey console's first view (sign-in, the list of surveys). */
const sv: Catalog<SurveyConsoleShellMessageKey> = {
  'surveyConsole.title': 'Hantering av enkäter',
  'surveyConsole.loading': 'Laddar…',
  'surveyConsole.error': 'Det gick inte. Försök igen.',
  'surveyConsole.forbidden': 'Du har inte rätt till detta. Be huvudanvändaren om rätten som enkätanalytiker.',
  'surveyConsole.signIn.title': 'Logga in',
  'surveyConsole.signIn.token': 'Personalens nyckel',
  'surveyConsole.signIn.hint': 'Du behöver rätten som enkätanalytiker. Nyckeln sparas bara i den här fliken.',
  'surveyConsole.signIn.required': 'Skriv nyckeln.',
  'surveyConsole.signIn.submit': 'Logga in',
  'surveyConsole.signedInAs': 'Inloggad: {name}',
  'surveyConsole.signOut': 'Logga ut',
  'surveyConsole.surveys.title': 'Enkäter',
  'surveyConsole.surveys.count': { plural: 'count', one: '{count} enkät.', other: '{count} enkäter.' },
  'surveyConsole.surveys.empty': 'Det finns inga enkäter ännu. Skapa den första utifrån invånarenkätens mall.',
  'surveyConsole.surveys.new': 'Ny enkät utifrån mallen',
  'surveyConsole.surveys.versions': { plural: 'count', one: '{count} version, den senaste {latest}', other: '{count} versioner, den senaste {latest}' },
  'surveyConsole.surveys.noRounds': 'Inga omgångar.',
  'surveyConsole.surveys.newRound': 'Ny omgång',
  'surveyConsole.surveys.newVersion': 'Ny version',
  'surveyConsole.panel.none': 'Välj en omgång eller skapa en enkät.',
  'surveyConsole.status.draft': 'Utkast',
  'surveyConsole.status.open': 'Öppen',
  'surveyConsole.status.closed': 'Stängd',
  'surveyConsole.round.meta': 'år {year}, version {version}',
};

export default sv;
