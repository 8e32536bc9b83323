import type { Catalogs } from '../i18n/translate.js';
import en from './volunteering-board-calendar.messages.en.js';
import fi, { type VolunteeringBoardCalendarMessageKey } from './volunteering-board-calendar.messages.fi.js';
import sv from './volunteering-board-calendar.messages.sv.js';

export type { VolunteeringBoardCalendarMessageKey };

/** The board calendar's texts, all three languages (tests). */
export const volunteeringBoardCalendarMessages: Catalogs<VolunteeringBoardCalendarMessageKey> = { fi, sv, en };
