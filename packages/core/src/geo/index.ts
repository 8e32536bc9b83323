export * from './geo.logic.js';
