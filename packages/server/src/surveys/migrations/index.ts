import type { Migration } from 'kysely';
import { surveysBase } from './0001-surveys.js';
import { surveysTextsIndicators } from './0002-texts-indicators.js';
import { surveysResultsCache } from './0003-results-cache.js';

/** The surveys module's schema, oldest first, after the platform's. Frozen once released: a change is a new entry. */
export const surveysMigrations: Readonly<Record<string, Migration>> = {
  '0001_surveys': surveysBase,
  '0002_survey_texts_indicators': surveysTextsIndicators,
  '0003_survey_results_cache': surveysResultsCache,
};
