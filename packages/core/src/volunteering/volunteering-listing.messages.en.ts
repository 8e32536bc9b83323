import type { Catalog } from '../i18n/translate.js';
import type { VolunteeringListingMessageKey } from './volunteering-listing.messages.fi.js';

/** English texts of volunteering: the board’s list and filters (suitability also in the console). */
const en: Catalog<VolunteeringListingMessageKey> = {
  'volunteering.board.heading': 'Volunteering and work parties',
  'volunteering.board.list': 'List',
  'volunteering.board.calendar': 'Calendar',
  'volunteering.board.theme': 'Theme',
  'volunteering.board.area': 'Area',
  'volunteering.board.from': 'From',
  'volunteering.board.to': 'To',
  'volunteering.board.results': { plural: 'count', one: '{count} opportunity', other: '{count} opportunities' },
  'volunteering.suitability.under18': 'Suits under-18s',
  'volunteering.suitability.english': 'In English',
  'volunteering.suitability.remote': 'Remote',
};

export default en;
