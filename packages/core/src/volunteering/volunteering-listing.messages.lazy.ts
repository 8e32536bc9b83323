import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringListingMessageKey } from './volunteering-listing.messages.fi.js';

/** Volunteering's texts of the board’s list and filters (suitability also in the console): Finnish in the bundle, Swedish and English loaded when a page shows them. */
export const lazyVolunteeringListingMessages: LazyCatalogs<VolunteeringListingMessageKey> = {
  fi,
  sv: () => import('./volunteering-listing.messages.sv.js'),
  en: () => import('./volunteering-listing.messages.en.js'),
};
