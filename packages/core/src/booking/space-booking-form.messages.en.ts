import type { Catalog } from '../i18n/translate.js';
import type { SpaceBookingFormMessageKey } from './space-booking-form.messages.fi.js';

/** English texts of the space booking form. */
const en: Catalog<SpaceBookingFormMessageKey> = {
  'space.booking.chosen': 'Chosen start',
  'space.booking.duration': 'Length',
  'space.booking.minutes': '{minutes} min',
  'space.booking.name': 'Name',
  'space.booking.email': 'Email',
  'space.booking.phone': 'Phone',
  'space.booking.organisation': 'Association or group',
  'space.booking.purpose': 'Purpose',
  'space.booking.attendees': 'Attendees',
  'space.booking.description': 'More information',
  'space.booking.required': '(required)',
  'space.booking.missing': 'Fill in: {field}.',
  'space.booking.submit': 'Book',
  'space.booking.sending': 'Sending…',
  'space.booking.confirmed': 'Your booking is confirmed. A confirmation was sent to your email.',
  'space.booking.pending': 'Your request is waiting for handling. You will hear when it has been handled.',
  'space.booking.code': 'Booking code',
  'space.booking.codeHint': 'Keep the code: with it you can cancel or change the booking without an account.',
  'space.booking.ics': 'Download the calendar entry (.ics)',
  'space.booking.manage': 'Cancel or change the booking',
  'space.booking.failed': 'The booking did not go through.',
};
export default en;
