// The space booking domain's public surface (issue 12): pure, headless. Recurring series
// (series.ts, which needs the rrule library) are their own entry, @kohtaamo/core/booking-series,
// so a widget that uses anything of booking does not carry rrule (about 12 KB gzipped).
export * from './helsinki-time.js';
export { finnishHolidayOn, finnishHolidays as finnishHolidayDays, type Holiday } from './holidays.js';
export * from './opening-hours.js';
export * from './space.schema.js';
export * from './space.logic.js';
export * from './booking.logic.js';
export * from './availability.js';
// The .ics writer is core's one for every domain (calendar/ics.ts); these names stay for booking's callers.
export { icsCalendar as bookingIcsCalendar, escapeIcsText as bookingIcsEscape, foldIcsLine as bookingIcsFold, icsUtc as bookingIcsDateTime, type IcsCalendar as BookingIcsCalendar, type IcsEvent as BookingIcsEvent } from '../calendar/ics.js';
export * from './figures.js';
export * from './finder.js';
export * from './finder.api.js';
export { bookingMessages, bookingText, bookingViolationText, type BookingMessageKey } from './booking.messages.js';
export { type SpaceWidgetMessageKey } from './space-widget.messages.fi.js';
export { lazySpaceWidgetMessages } from './space-widget.messages.lazy.js';
export { type SpaceBookingFormMessageKey } from './space-booking-form.messages.fi.js';
export { lazySpaceBookingFormMessages } from './space-booking-form.messages.lazy.js';
export { type SpaceManageMessageKey } from './space-manage.messages.fi.js';
export { lazySpaceManageMessages } from './space-manage.messages.lazy.js';
export { type SpaceFiguresMessageKey } from './space-figures.messages.fi.js';
export { lazySpaceFiguresMessages } from './space-figures.messages.lazy.js';
export { type SpaceFinderMessageKey } from './space-finder.messages.fi.js';
export { lazySpaceFinderMessages } from './space-finder.messages.lazy.js';
export { type SpaceFinderMapMessageKey } from './space-finder-map.messages.fi.js';
export { lazySpaceFinderMapMessages } from './space-finder-map.messages.lazy.js';
export * from './booking.api.js';
export * from './booking-created.api.js';
export * from './booking-manage.api.js';
export * from './figures-view.api.js';
export * from './booking-staff.api.js';
export { lazySpaceConsoleMessages } from './space-console.messages.lazy.js';
export { type SpaceConsoleMessageKey } from './space-console.messages.fi.js';
export { lazySpaceConsoleSignInMessages } from './space-console-sign-in.messages.lazy.js';
export type { SpaceConsoleSignInMessageKey } from './space-console-sign-in.messages.fi.js';
export * from './round.schema.js';
export * from './round.api.js';
export { lazySpaceRoundsMessages } from './space-rounds.messages.lazy.js';
export { type SpaceRoundsMessageKey } from './space-rounds.messages.fi.js';
