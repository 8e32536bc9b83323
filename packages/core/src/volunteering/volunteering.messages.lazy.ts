import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringMessageKey } from './volunteering.messages.fi.js';

/** The texts of the volunteering widgets: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyVolunteeringMessages: LazyCatalogs<VolunteeringMessageKey> = {
  fi,
  sv: () => import('./volunteering.messages.sv.js'),
  en: () => import('./volunteering.messages.en.js'),
};
