import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BallotAreasMessageKey } from './ballot-areas.messages.fi.js';

export type { BallotAreasMessageKey };

/** The ballot's area choice: Finnish with the part that shows it, Swedish and English loaded when a page needs them. */
export const lazyBallotAreasMessages: LazyCatalogs<BallotAreasMessageKey> = {
  fi,
  sv: () => import('./ballot-areas.messages.sv.js'),
  en: () => import('./ballot-areas.messages.en.js'),
};
