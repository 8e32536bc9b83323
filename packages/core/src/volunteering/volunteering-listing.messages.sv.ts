import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringListingMessageKey } from './volunteering-listing.messages.fi.js';

/** Swedish texts of volunteering: the board’s list and filters (suitability also in the console). */
const sv: Catalog<VolunteeringListingMessageKey> = {
  'volunteering.board.heading': 'Frivilligarbete och talko',
  'volunteering.board.list': 'Lista',
  'volunteering.board.calendar': 'Kalender',
  'volunteering.board.theme': 'Tema',
  'volunteering.board.area': 'Område',
  'volunteering.board.from': 'Från',
  'volunteering.board.to': 'Till',
  'volunteering.board.results': { plural: 'count', one: '{count} uppgift', other: '{count} uppgifter' },
  'volunteering.suitability.under18': 'Passar personer under 18',
  'volunteering.suitability.english': 'Passar på engelska',
  'volunteering.suitability.remote': 'På distans',
};

export default sv;
