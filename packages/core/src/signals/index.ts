export * from './helsinki-calendar.js';
export * from './percentile.js';
export { signalsMessages, type SignalsMessageKey } from './signals.messages.js';
export { lazySignalsMessages } from './signals.messages.lazy.js';
export * from './duration.logic.js';
