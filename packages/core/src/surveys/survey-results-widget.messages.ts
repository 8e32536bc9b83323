import type { Catalogs } from '../i18n/translate.js';
import en from './survey-results-widget.messages.en.js';
import fi, { type SurveyResultsWidgetMessageKey } from './survey-results-widget.messages.fi.js';
import sv from './survey-results-widget.messages.sv.js';

export type { SurveyResultsWidgetMessageKey };

/** Every language of the survey results widget's texts at once (tests and tools). */
export const surveyResultsWidgetMessages: Catalogs<SurveyResultsWidgetMessageKey> = { fi, sv, en };
