import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BallotPointsMessageKey } from './ballot-points.messages.fi.js';

export type { BallotPointsMessageKey };

/** A points ballot's texts: Finnish with the part that shows them, Swedish and English loaded when a page needs them. */
export const lazyBallotPointsMessages: LazyCatalogs<BallotPointsMessageKey> = {
  fi,
  sv: () => import('./ballot-points.messages.sv.js'),
  en: () => import('./ballot-points.messages.en.js'),
};
