export * from './feedback-stats.schema.js';
export * from './feedback-stats.read.schema.js';
export * from './response-times.logic.js';
export * from './feedback-stats.api.js';
