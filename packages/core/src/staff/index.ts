export * from './staff.schema.js';
export { staffMessages } from './staff.messages.js';
