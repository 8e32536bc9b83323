export * from './draft-storage.js';
export * from './submission.store.js';
export * from './queue.store.js';
