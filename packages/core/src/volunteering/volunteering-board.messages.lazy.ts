import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringBoardMessageKey } from './volunteering-board.messages.fi.js';

/** The board's texts for the widget: Finnish in its bundle, Swedish and English loaded when shown. */
export const lazyVolunteeringBoardMessages: LazyCatalogs<VolunteeringBoardMessageKey> = {
  fi,
  sv: () => import('./volunteering-board.messages.sv.js'),
  en: () => import('./volunteering-board.messages.en.js'),
};
