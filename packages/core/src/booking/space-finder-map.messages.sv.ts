import type { Catalog } from '../i18n/translate.js';
import type { SpaceFinderMapMessageKey } from './space-finder-map.messages.fi.js';

/** Swedish texts of the finder's map of units. */
const sv: Catalog<SpaceFinderMapMessageKey> = {
  'space.finder.mapLabel': 'Karta över verksamhetsställen med lokaler som motsvarar sökningen',
  'space.finder.mapFailed': 'Kartbilderna kunde inte laddas. Listan fungerar utan karta.',
  'space.finder.onMap': { plural: 'count', one: '{unit}: {count} lokal', other: '{unit}: {count} lokaler' },
};

export default sv;
