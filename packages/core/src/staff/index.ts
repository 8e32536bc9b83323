export * from './staff.schema.js';
export * from './grant.schema.js';
export { staffMessages, type StaffMessageKey } from './staff.messages.js';
export { lazyStaffMessages } from './staff.messages.lazy.js';
export { lazyStaffSignInMessages } from './staff-sign-in.messages.lazy.js';
export type { StaffSignInMessageKey } from './staff-sign-in.messages.fi.js';
export * from './staff-session.js';
