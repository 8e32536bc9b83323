export * from './locale.js';
export * from './dates.js';
export * from './translate.js';
export * from './lazy-catalogs.js';
export { LocalizedTextSchema } from './localized-text.schema.js';
export { commonMessages, type CommonMessageKey } from './common.messages.js';
export { lazyCommonMessages } from './common.messages.lazy.js';
