import type { Catalog } from '../i18n/translate.js';
import type { SpaceFinderMapMessageKey } from './space-finder-map.messages.fi.js';

/** English texts of the finder's map of units. */
const en: Catalog<SpaceFinderMapMessageKey> = {
  'space.finder.mapLabel': 'Map of the units with matching spaces',
  'space.finder.mapFailed': 'The map images could not be loaded. The list works without the map.',
  'space.finder.onMap': { plural: 'count', one: '{unit}: {count} space', other: '{unit}: {count} spaces' },
};

export default en;
