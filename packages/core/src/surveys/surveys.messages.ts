import type { Catalogs } from '../i18n/translate.js';
import en from './surveys.messages.en.js';
import fi, { type SurveysMessageKey } from './surveys.messages.fi.js';
import sv from './surveys.messages.sv.js';

export type { SurveysMessageKey };

/**
 * Every language's texts of the surveys domain, loaded at once: for the server and tests.
 * Widgets use {@link lazySurveysMessages}, which loads only the page's language.
 */
export const surveysMessages: Catalogs<SurveysMessageKey> = { fi, sv, en };
