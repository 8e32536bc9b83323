import type { Catalogs } from '../i18n/translate.js';
import en from './signals-report.messages.en.js';
import fi, { type SignalsReportMessageKey } from './signals-report.messages.fi.js';
import sv from './signals-report.messages.sv.js';

export type { SignalsReportMessageKey };

/**
 * Every language's texts of a report's response time (in the status answer and the public list), loaded at once: for the server and tests.
 * Widgets use {@link lazySignalsReportMessages}, which loads only the page's language.
 */
export const signalsReportMessages: Catalogs<SignalsReportMessageKey> = { fi, sv, en };
