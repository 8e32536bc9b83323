export * from './staff.schema.js';
export * from './grant.schema.js';
export { staffMessages, type StaffMessageKey } from './staff.messages.js';
export { lazyStaffMessages } from './staff.messages.lazy.js';
export * from './staff-session.js';
