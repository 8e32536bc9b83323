import type { Catalog } from '../i18n/translate.js';
import type { SpaceBookingFormMessageKey } from './space-booking-form.messages.fi.js';

/** Swedish texts of the space booking form. */
const sv: Catalog<SpaceBookingFormMessageKey> = {
  'space.booking.chosen': 'Vald starttid',
  'space.booking.duration': 'Längd',
  'space.booking.minutes': '{minutes} min',
  'space.booking.name': 'Namn',
  'space.booking.email': 'E-post',
  'space.booking.phone': 'Telefon',
  'space.booking.organisation': 'Förening eller sammanslutning',
  'space.booking.purpose': 'Användningsändamål',
  'space.booking.attendees': 'Deltagare',
  'space.booking.description': 'Mer information',
  'space.booking.required': '(obligatorisk)',
  'space.booking.missing': 'Fyll i fältet: {field}.',
  'space.booking.submit': 'Boka',
  'space.booking.sending': 'Skickas…',
  'space.booking.confirmed': 'Bokningen är bekräftad. En bekräftelse skickades till din e-post.',
  'space.booking.pending': 'Bokningsförfrågan väntar på behandling. Du får ett meddelande när den har behandlats.',
  'space.booking.code': 'Bokningskod',
  'space.booking.codeHint': 'Spara koden: med den kan du avboka eller ändra bokningen utan konto.',
  'space.booking.ics': 'Ladda ner kalenderposten (.ics)',
  'space.booking.manage': 'Avboka eller ändra bokningen',
  'space.booking.failed': 'Bokningen lyckades inte.',
};
export default sv;
