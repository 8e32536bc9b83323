import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BallotLaterMessageKey } from './ballot-later.messages.fi.js';

/** The ballot's later steps' texts: loaded with that part (Finnish too), Swedish and English when a page needs them. */
export const lazyBallotLaterMessages: LazyCatalogs<BallotLaterMessageKey> = {
  fi,
  sv: () => import('./ballot-later.messages.sv.js'),
  en: () => import('./ballot-later.messages.en.js'),
};
