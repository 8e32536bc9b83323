import type { Catalog } from '../i18n/translate.js';
import type { SpaceWidgetMessageKey } from './space-widget.messages.fi.js';

/** English texts of the space widgets. */
const en: Catalog<SpaceWidgetMessageKey> = {
  'space.booking.title': 'Book: {name}',
  'space.booking.prevWeek': 'Previous week',
  'space.booking.nextWeek': 'Next week',
  'space.booking.grid': 'Booking calendar, week {from}–{to}. Move with the arrow keys, choose a start time with Enter.',
  'space.booking.time': 'Time',
  'space.booking.free': 'free',
  'space.booking.busy': 'booked',
  'space.booking.closed': 'closed',
  'space.booking.outside': 'not bookable',
  'space.booking.pick': 'Choose a start time in the calendar.',
  'space.booking.loading': 'Loading the calendar…',
  'space.booking.calendar': 'Booking calendar',
  'space.booking.error': 'The calendar could not be loaded. Try again in a moment.',
  'space.booking.retry': 'Try again',
  'space.booking.formFailed': 'The booking form could not be loaded. Check your connection and try again.',
};
export default en;
