import type { Catalogs } from '../i18n/translate.js';
import en from './ballot-knapsack.messages.en.js';
import fi, { type BallotKnapsackMessageKey } from './ballot-knapsack.messages.fi.js';
import sv from './ballot-knapsack.messages.sv.js';

export type { BallotKnapsackMessageKey };

/** Every language of a knapsack ballot's texts at once (tests and tools). */
export const ballotKnapsackMessages: Catalogs<BallotKnapsackMessageKey> = { fi, sv, en };
