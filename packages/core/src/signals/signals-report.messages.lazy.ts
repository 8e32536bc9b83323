import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SignalsReportMessageKey } from './signals-report.messages.fi.js';

/** The texts of a report's response time (in the status answer and the public list): Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazySignalsReportMessages: LazyCatalogs<SignalsReportMessageKey> = {
  fi,
  sv: () => import('./signals-report.messages.sv.js'),
  en: () => import('./signals-report.messages.en.js'),
};
