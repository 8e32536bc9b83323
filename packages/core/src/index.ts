export * from './http/index.js';
export * from './i18n/index.js';
export * from './staff/index.js';
export * from './feedback/index.js';
export * from './signals/index.js';
export * from './budgeting/index.js';
export * from './surveys/index.js';
