import type { Catalogs } from '../i18n/translate.js';
import en from './ballot-points.messages.en.js';
import fi, { type BallotPointsMessageKey } from './ballot-points.messages.fi.js';
import sv from './ballot-points.messages.sv.js';

export type { BallotPointsMessageKey };

/** Every language of a points ballot's texts at once (tests and tools). */
export const ballotPointsMessages: Catalogs<BallotPointsMessageKey> = { fi, sv, en };
