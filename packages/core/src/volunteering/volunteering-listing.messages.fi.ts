import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of volunteering: the board’s list and filters (suitability also in the console). Plurals are `{ plural, one, other }`. */
const fi = {
  'volunteering.board.heading': 'Vapaaehtoistyö ja talkoot',
  'volunteering.board.list': 'Lista',
  'volunteering.board.calendar': 'Kalenteri',
  'volunteering.board.theme': 'Teema',
  'volunteering.board.area': 'Alue',
  'volunteering.board.from': 'Alkaen',
  'volunteering.board.to': 'Asti',
  'volunteering.board.results': { plural: 'count', one: '{count} tehtävä', other: '{count} tehtävää' },
  'volunteering.suitability.under18': 'Sopii alle 18-vuotiaille',
  'volunteering.suitability.english': 'Sopii englanniksi',
  'volunteering.suitability.remote': 'Etänä',
} as const satisfies Catalog;

export type VolunteeringListingMessageKey = keyof typeof fi;
export default fi;
