export * from './ics.js';
export * from './helsinki-calendar.js';
