import type { Catalog } from '../i18n/translate.js';

/**
 * Finnish texts that the survey results widget (<kohtaamo-survey-results>) shows only after a
 * group or a year is chosen: a group too small to show, and the column of the year compared with.
 * Loaded with that part of the widget at the first choice, not with the results (issue 7,
 * ADR 0105). Finnish defines the keys: Swedish and English must have the same.
 */
const fi = {
  'surveyResults.suppressed': "Ryhmässä on alle {min} vastaajaa, joten sen lukuja ei näytetä (vastaajia ei saa voida tunnistaa).",
  'surveyResults.year': "Vuosi {year}",
  'surveyResults.notAsked': "Ei kysytty",
} as const satisfies Catalog;

export type SurveyResultsChoiceMessageKey = keyof typeof fi;
export default fi;
