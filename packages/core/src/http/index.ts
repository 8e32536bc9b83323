export * from './problem.schema.js';
export * from './problem.logic.js';
export * from './errors.js';
export * from './idempotency.js';
export * from './http.js';
