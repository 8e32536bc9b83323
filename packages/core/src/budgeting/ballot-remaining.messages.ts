import type { Catalogs } from '../i18n/translate.js';
import en from './ballot-remaining.messages.en.js';
import fi, { type BallotRemainingMessageKey } from './ballot-remaining.messages.fi.js';
import sv from './ballot-remaining.messages.sv.js';

export type { BallotRemainingMessageKey };

/** Every language of what is left on a ballot at once (tests and tools). */
export const ballotRemainingMessages: Catalogs<BallotRemainingMessageKey> = { fi, sv, en };
