import type { Catalogs } from '../i18n/translate.js';
import en from './ballot-widget.messages.en.js';
import fi, { type BallotWidgetMessageKey } from './ballot-widget.messages.fi.js';
import sv from './ballot-widget.messages.sv.js';

export type { BallotWidgetMessageKey };

/** Every language of the ballot widget's texts at once (tests and tools). */
export const ballotWidgetMessages: Catalogs<BallotWidgetMessageKey> = { fi, sv, en };
