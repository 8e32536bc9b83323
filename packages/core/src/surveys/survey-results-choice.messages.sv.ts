import type { Catalog } from '../i18n/translate.js';
import type { SurveyResultsChoiceMessageKey } from './survey-results-choice.messages.fi.js';

/** Swedish texts of the survey results widget shown after a group or a year is chosen. */
const sv: Catalog<SurveyResultsChoiceMessageKey> = {
  'surveyResults.suppressed': "Gruppen har färre än {min} svarande, så dess siffror visas inte (de svarande ska inte kunna identifieras).",
  'surveyResults.year': "År {year}",
  'surveyResults.notAsked': "Inte frågat",
};

export default sv;
