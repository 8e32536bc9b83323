import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BallotRemainingMessageKey } from './ballot-remaining.messages.fi.js';

export type { BallotRemainingMessageKey };

/** What is left on a ballot, for the ballot widget's first view: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyBallotRemainingMessages: LazyCatalogs<BallotRemainingMessageKey> = {
  fi,
  sv: () => import('./ballot-remaining.messages.sv.js'),
  en: () => import('./ballot-remaining.messages.en.js'),
};
