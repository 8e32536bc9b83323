import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceFinderMessageKey } from './space-finder.messages.fi.js';

/** The finder's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazySpaceFinderMessages: LazyCatalogs<SpaceFinderMessageKey> = {
  fi,
  sv: () => import('./space-finder.messages.sv.js'),
  en: () => import('./space-finder.messages.en.js'),
};
