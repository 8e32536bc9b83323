export * from './helsinki-calendar.js';
export * from './percentile.js';
export { signalsMessages } from './signals.messages.js';
export * from './duration.logic.js';
