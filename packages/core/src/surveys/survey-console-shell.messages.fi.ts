import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts of the survey console's first state (the sign-in), in its entry; the list of
 * surveys, the forms' and the tabs' texts are in survey-console.messages.*, loaded with the
 * signed-in part (docs/adr/0067). The keys are defined here.
 */
const fi = {
  'surveyConsole.title': 'Kyselyjen hallinta',
  'surveyConsole.error': 'Toiminto ei onnistunut. Yritä uudelleen.',
  'surveyConsole.signIn.title': 'Kirjaudu sisään',
  'surveyConsole.signIn.token': 'Henkilöstön tunniste',
  'surveyConsole.signIn.hint': 'Tarvitset kyselyjen analyytikon oikeuden. Tunniste säilyy vain tässä välilehdessä.',
  'surveyConsole.signIn.required': 'Kirjoita tunniste.',
  'surveyConsole.signIn.submit': 'Kirjaudu',
} satisfies Catalog;

export type SurveyConsoleShellMessageKey = keyof typeof fi;
export default fi;
