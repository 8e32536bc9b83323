import type { Catalogs } from '../i18n/translate.js';
import en from './ballot-areas.messages.en.js';
import fi, { type BallotAreasMessageKey } from './ballot-areas.messages.fi.js';
import sv from './ballot-areas.messages.sv.js';

export type { BallotAreasMessageKey };

/** Every language of the ballot's area choice at once (tests and tools). */
export const ballotAreasMessages: Catalogs<BallotAreasMessageKey> = { fi, sv, en };
