import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceFinderMapMessageKey } from './space-finder-map.messages.fi.js';

/** The finder's map texts: with the map (a lazy part of the finder), Swedish and English loaded when a page needs them. */
export const lazySpaceFinderMapMessages: LazyCatalogs<SpaceFinderMapMessageKey> = {
  fi,
  sv: () => import('./space-finder-map.messages.sv.js'),
  en: () => import('./space-finder-map.messages.en.js'),
};
