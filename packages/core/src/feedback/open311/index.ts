export * from './open311.schema.js';
export * from './open311.logic.js';
export * from './open311.client.js';
export * from './open311.adapter.js';
