export * from './feedback.schema.js';
export * from './tracking-code.js';
export * from './feedback.api.js';
export * from './feedback-form.logic.js';
export * from './feedback-form.store.js';
export { feedbackMessages } from './feedback.messages.js';
