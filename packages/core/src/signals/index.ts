// Helsinki dates, Finnish holidays and working days are core's calendar (calendar/), exported here too for signals' callers.
export * from '../calendar/helsinki-calendar.js';
export * from './percentile.js';
export { signalsMessages, type SignalsMessageKey } from './signals.messages.js';
export { lazySignalsMessages } from './signals.messages.lazy.js';
export { signalsReportMessages, type SignalsReportMessageKey } from './signals-report.messages.js';
export { lazySignalsReportMessages } from './signals-report.messages.lazy.js';
export * from './duration.logic.js';
