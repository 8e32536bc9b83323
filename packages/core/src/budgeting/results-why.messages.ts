import type { Catalogs } from '../i18n/translate.js';
import en from './results-why.messages.en.js';
import fi, { type ResultsWhyMessageKey } from './results-why.messages.fi.js';
import sv from './results-why.messages.sv.js';

export type { ResultsWhyMessageKey };

/** Every language of the results' explanations' texts at once (tests and tools). */
export const resultsWhyMessages: Catalogs<ResultsWhyMessageKey> = { fi, sv, en };
