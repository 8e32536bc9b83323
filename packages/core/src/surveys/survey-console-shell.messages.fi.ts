import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the survey console's first view (sign-in, the list of surveys), in its entry;
 * the forms' and tabs' texts are in survey-console.messages.*, loaded with their modules. The keys are defined here.
 */
const fi = {
  'surveyConsole.title': 'Kyselyjen hallinta',
  'surveyConsole.loading': 'Ladataan…',
  'surveyConsole.error': 'Toiminto ei onnistunut. Yritä uudelleen.',
  'surveyConsole.forbidden': 'Sinulla ei ole oikeutta tähän. Pyydä kyselyjen analyytikon oikeus pääkäyttäjältä.',
  'surveyConsole.signIn.title': 'Kirjaudu sisään',
  'surveyConsole.signIn.token': 'Henkilöstön tunniste',
  'surveyConsole.signIn.hint': 'Tarvitset kyselyjen analyytikon oikeuden. Tunniste säilyy vain tässä välilehdessä.',
  'surveyConsole.signIn.required': 'Kirjoita tunniste.',
  'surveyConsole.signIn.submit': 'Kirjaudu',
  'surveyConsole.signedInAs': 'Kirjautunut: {name}',
  'surveyConsole.signOut': 'Kirjaudu ulos',
  'surveyConsole.surveys.title': 'Kyselyt',
  'surveyConsole.surveys.count': { plural: 'count', one: '{count} kysely.', other: '{count} kyselyä.' },
  'surveyConsole.surveys.empty': 'Kyselyitä ei vielä ole. Luo ensimmäinen asukaskyselyn pohjasta.',
  'surveyConsole.surveys.new': 'Uusi kysely pohjasta',
  'surveyConsole.surveys.versions': { plural: 'count', one: '{count} versio, uusin {latest}', other: '{count} versiota, uusin {latest}' },
  'surveyConsole.surveys.noRounds': 'Ei kierroksia.',
  'surveyConsole.surveys.newRound': 'Uusi kierros',
  'surveyConsole.surveys.newVersion': 'Uusi versio',
  'surveyConsole.panel.none': 'Valitse kierros tai luo kysely.',
  'surveyConsole.status.draft': 'Luonnos',
  'surveyConsole.status.open': 'Avoinna',
  'surveyConsole.status.closed': 'Suljettu',
  'surveyConsole.round.meta': 'vuosi {year}, versio {version}',
} satisfies Catalog;

export type SurveyConsoleShellMessageKey = keyof typeof fi;
export default fi;
