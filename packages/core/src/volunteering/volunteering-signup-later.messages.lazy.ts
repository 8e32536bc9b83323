import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringSignupLaterMessageKey } from './volunteering-signup-later.messages.fi.js';

/** Volunteering's texts of the sign-up after sending: the confirmation, the manage view, cancelling: Finnish in the bundle, Swedish and English loaded when a page shows them. */
export const lazyVolunteeringSignupLaterMessages: LazyCatalogs<VolunteeringSignupLaterMessageKey> = {
  fi,
  sv: () => import('./volunteering-signup-later.messages.sv.js'),
  en: () => import('./volunteering-signup-later.messages.en.js'),
};
