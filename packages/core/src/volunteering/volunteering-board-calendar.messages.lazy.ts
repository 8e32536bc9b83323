import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringBoardCalendarMessageKey } from './volunteering-board-calendar.messages.fi.js';

/** The board calendar's texts: Finnish with the calendar's module, Swedish and English loaded when a page shows them. */
export const lazyVolunteeringBoardCalendarMessages: LazyCatalogs<VolunteeringBoardCalendarMessageKey> = {
  fi,
  sv: () => import('./volunteering-board-calendar.messages.sv.js'),
  en: () => import('./volunteering-board-calendar.messages.en.js'),
};
