export * from './locale.js';
export * from './translate.js';
export { commonMessages } from './common.messages.js';
