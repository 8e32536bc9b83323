import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringSeatsMessageKey } from './volunteering-seats.messages.fi.js';

/** Volunteering's texts of the seats of a shift (the sign-up form and the board): Finnish in the bundle, Swedish and English loaded when a page shows them. */
export const lazyVolunteeringSeatsMessages: LazyCatalogs<VolunteeringSeatsMessageKey> = {
  fi,
  sv: () => import('./volunteering-seats.messages.sv.js'),
  en: () => import('./volunteering-seats.messages.en.js'),
};
