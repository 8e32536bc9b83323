import type { Catalog } from '../i18n/translate.js';

/** Finnish texts of the finder's map of units (a lazy part: loaded with the map). Finnish defines the keys. */
const fi = {
  'space.finder.mapLabel': 'Kartta toimipisteistä, joissa on hakua vastaavia tiloja',
  'space.finder.mapFailed': 'Karttakuvia ei saatu ladattua. Lista toimii ilman karttaa.',
  'space.finder.onMap': { plural: 'count', one: '{unit}: {count} tila', other: '{unit}: {count} tilaa' },
} as const satisfies Catalog;

export type SpaceFinderMapMessageKey = keyof typeof fi;
export default fi;
