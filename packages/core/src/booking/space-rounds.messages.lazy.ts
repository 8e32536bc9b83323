import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceRoundsMessageKey } from './space-rounds.messages.fi.js';

/** The space console's round view texts (a lazy module's): Finnish with it, Swedish and English loaded when needed. */
export const lazySpaceRoundsMessages: LazyCatalogs<SpaceRoundsMessageKey> = {
  fi,
  sv: () => import('./space-rounds.messages.sv.js'),
  en: () => import('./space-rounds.messages.en.js'),
};
