// The space booking domain's public surface (issue 12): pure, headless.
export * from './helsinki-time.js';
export { finnishHolidayOn, finnishHolidays as finnishHolidayDays, type Holiday } from './holidays.js';
export * from './opening-hours.js';
export * from './space.schema.js';
export * from './space.logic.js';
export * from './booking.logic.js';
export * from './availability.js';
export * from './series.js';
// The .ics writer is core's one for every domain (calendar/ics.ts); these names stay for booking's callers.
export { icsCalendar as bookingIcsCalendar, escapeIcsText as bookingIcsEscape, foldIcsLine as bookingIcsFold, icsUtc as bookingIcsDateTime, type IcsCalendar as BookingIcsCalendar, type IcsEvent as BookingIcsEvent } from '../calendar/ics.js';
export * from './figures.js';
export { bookingMessages, bookingText, bookingViolationText, type BookingMessageKey } from './booking.messages.js';
