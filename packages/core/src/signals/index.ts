export * from './helsinki-calendar.js';
export * from './percentile.js';
export * from './feedback-stats.schema.js';
export * from './response-times.logic.js';
export * from './signals.api.js';
export { signalsMessages } from './signals.messages.js';
export * from './duration.logic.js';
