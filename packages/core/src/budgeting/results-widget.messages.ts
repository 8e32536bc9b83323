import type { Catalogs } from '../i18n/translate.js';
import en from './results-widget.messages.en.js';
import fi, { type ResultsWidgetMessageKey } from './results-widget.messages.fi.js';
import sv from './results-widget.messages.sv.js';

export type { ResultsWidgetMessageKey };

/** Every language of the results widget's texts at once (tests and tools). */
export const resultsWidgetMessages: Catalogs<ResultsWidgetMessageKey> = { fi, sv, en };
