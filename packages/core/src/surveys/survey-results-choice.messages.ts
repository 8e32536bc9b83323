import type { Catalogs } from '../i18n/translate.js';
import en from './survey-results-choice.messages.en.js';
import fi, { type SurveyResultsChoiceMessageKey } from './survey-results-choice.messages.fi.js';
import sv from './survey-results-choice.messages.sv.js';

export type { SurveyResultsChoiceMessageKey };

/** Every language of the texts shown after a group or a year is chosen, at once (tests and tools). */
export const surveyResultsChoiceMessages: Catalogs<SurveyResultsChoiceMessageKey> = { fi, sv, en };
