import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceBookingFormMessageKey } from './space-booking-form.messages.fi.js';

/** The booking form's texts: imported by its lazy module only; Swedish and English loaded when needed. */
export const lazySpaceBookingFormMessages: LazyCatalogs<SpaceBookingFormMessageKey> = {
  fi,
  sv: () => import('./space-booking-form.messages.sv.js'),
  en: () => import('./space-booking-form.messages.en.js'),
};
