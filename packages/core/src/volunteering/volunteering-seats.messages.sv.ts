import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSeatsMessageKey } from './volunteering-seats.messages.fi.js';

/** Swedish texts of volunteering: the seats of a shift (the sign-up form and the board). */
const sv: Catalog<VolunteeringSeatsMessageKey> = {
  'volunteering.seats.left': { plural: 'seats', one: '{seats} plats ledig', other: '{seats} platser lediga' },
  'volunteering.seats.waiting': { plural: 'waiting', one: '{waiting} person i kö', other: '{waiting} personer i kö' },
  'volunteering.seats.full': 'Fullt',
};

export default sv;
