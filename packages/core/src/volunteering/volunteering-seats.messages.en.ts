import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringSeatsMessageKey } from './volunteering-seats.messages.fi.js';

/** English texts of volunteering: the seats of a shift (the sign-up form and the board). */
const en: Catalog<VolunteeringSeatsMessageKey> = {
  'volunteering.seats.left': { plural: 'seats', one: '{seats} place left', other: '{seats} places left' },
  'volunteering.seats.waiting': { plural: 'waiting', one: '{waiting} person waiting', other: '{waiting} people waiting' },
  'volunteering.seats.full': 'Full',
};

export default en;
