import type { Catalog } from '../i18n/translate.js';
import type { SurveyResultsChoiceMessageKey } from './survey-results-choice.messages.fi.js';

/** English texts of the survey results widget shown after a group or a year is chosen. */
const en: Catalog<SurveyResultsChoiceMessageKey> = {
  'surveyResults.suppressed': "The group has fewer than {min} respondents, so its figures are not shown (no respondent may be identifiable).",
  'surveyResults.year': "Year {year}",
  'surveyResults.notAsked': "Not asked",
};

export default en;
