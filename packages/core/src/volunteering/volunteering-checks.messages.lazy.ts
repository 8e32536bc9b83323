import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringChecksMessageKey } from './volunteering-checks.messages.fi.js';

/** Volunteering's texts of the checks of what a resident or coordinator sends, and the server’s refusals of a seat: Finnish in the bundle, Swedish and English loaded when a page shows them. */
export const lazyVolunteeringChecksMessages: LazyCatalogs<VolunteeringChecksMessageKey> = {
  fi,
  sv: () => import('./volunteering-checks.messages.sv.js'),
  en: () => import('./volunteering-checks.messages.en.js'),
};
