import type { Catalog } from '../i18n/translate.js';
import type { SpaceWidgetMessageKey } from './space-widget.messages.fi.js';

/** Swedish texts of the space widgets. */
const sv: Catalog<SpaceWidgetMessageKey> = {
  'space.booking.title': 'Boka: {name}',
  'space.booking.prevWeek': 'Föregående vecka',
  'space.booking.nextWeek': 'Nästa vecka',
  'space.booking.grid': 'Bokningskalender, vecka {from}–{to}. Flytta med piltangenterna, välj starttid med Enter.',
  'space.booking.time': 'Klockslag',
  'space.booking.free': 'ledig',
  'space.booking.busy': 'bokad',
  'space.booking.closed': 'stängd',
  'space.booking.outside': 'kan inte bokas',
  'space.booking.pick': 'Välj en starttid i kalendern.',
  'space.booking.loading': 'Kalendern laddas…',
  'space.booking.calendar': 'Bokningskalender',
  'space.booking.error': 'Kalendern kunde inte laddas. Försök igen om en stund.',
  'space.booking.retry': 'Försök igen',
  'space.booking.formFailed': 'Bokningsformuläret kunde inte laddas. Kontrollera anslutningen och försök igen.',
};
export default sv;
