import type { Catalogs } from '../i18n/translate.js';
import en from './volunteering-board.messages.en.js';
import fi, { type VolunteeringBoardMessageKey } from './volunteering-board.messages.fi.js';
import sv from './volunteering-board.messages.sv.js';

export type { VolunteeringBoardMessageKey };

/** The board's own texts, all three languages (tests). */
export const volunteeringBoardMessages: Catalogs<VolunteeringBoardMessageKey> = { fi, sv, en };
