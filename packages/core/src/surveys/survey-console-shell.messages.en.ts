import type { Catalog } from '../i18n/translate.js';
import type { SurveyConsoleShellMessageKey } from './survey-console-shell.messages.fi.js';

/** English texts of the survey console's first view (sign-in, the list of surveys). */
const en: Catalog<SurveyConsoleShellMessageKey> = {
  'surveyConsole.title': 'Survey console',
  'surveyConsole.loading': 'Loading…',
  'surveyConsole.error': 'That did not work. Please try again.',
  'surveyConsole.forbidden': 'You may not do this. Ask the administrator for the survey analyst grant.',
  'surveyConsole.signIn.title': 'Sign in',
  'surveyConsole.signIn.token': 'Staff token',
  'surveyConsole.signIn.hint': 'You need the survey analyst grant. The token is kept in this tab only.',
  'surveyConsole.signIn.required': 'Enter the token.',
  'surveyConsole.signIn.submit': 'Sign in',
  'surveyConsole.signedInAs': 'Signed in: {name}',
  'surveyConsole.signOut': 'Sign out',
  'surveyConsole.surveys.title': 'Surveys',
  'surveyConsole.surveys.count': { plural: 'count', one: '{count} survey.', other: '{count} surveys.' },
  'surveyConsole.surveys.empty': 'There are no surveys yet. Create the first one from the resident survey template.',
  'surveyConsole.surveys.new': 'New survey from the template',
  'surveyConsole.surveys.versions': { plural: 'count', one: '{count} version, the latest {latest}', other: '{count} versions, the latest {latest}' },
  'surveyConsole.surveys.noRounds': 'No rounds.',
  'surveyConsole.surveys.newRound': 'New round',
  'surveyConsole.surveys.newVersion': 'New version',
  'surveyConsole.panel.none': 'Choose a round, or create a survey.',
  'surveyConsole.status.draft': 'Draft',
  'surveyConsole.status.open': 'Open',
  'surveyConsole.status.closed': 'Closed',
  'surveyConsole.round.meta': 'year {year}, version {version}',
};

export default en;
