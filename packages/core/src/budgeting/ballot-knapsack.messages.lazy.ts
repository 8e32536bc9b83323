import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BallotKnapsackMessageKey } from './ballot-knapsack.messages.fi.js';

export type { BallotKnapsackMessageKey };

/** A knapsack ballot's texts: Finnish with the part that shows them, Swedish and English loaded when a page needs them. */
export const lazyBallotKnapsackMessages: LazyCatalogs<BallotKnapsackMessageKey> = {
  fi,
  sv: () => import('./ballot-knapsack.messages.sv.js'),
  en: () => import('./ballot-knapsack.messages.en.js'),
};
