import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type BallotRulesMessageKey } from './ballot-rules.messages.fi.js';

export type { BallotRulesMessageKey };

/** A ballot's rules' texts for the ballot widget: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyBallotRulesMessages: LazyCatalogs<BallotRulesMessageKey> = {
  fi,
  sv: () => import('./ballot-rules.messages.sv.js'),
  en: () => import('./ballot-rules.messages.en.js'),
};
