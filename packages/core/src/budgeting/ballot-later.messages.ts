import type { Catalogs } from '../i18n/translate.js';
import en from './ballot-later.messages.en.js';
import fi, { type BallotLaterMessageKey } from './ballot-later.messages.fi.js';
import sv from './ballot-later.messages.sv.js';

export type { BallotLaterMessageKey };

/** Every language of the ballot's later steps' texts at once (tests and tools). */
export const ballotLaterMessages: Catalogs<BallotLaterMessageKey> = { fi, sv, en };
