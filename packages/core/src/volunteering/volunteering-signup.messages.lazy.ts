import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringSignupMessageKey } from './volunteering-signup.messages.fi.js';

/** Volunteering's texts of the sign-up form as a visitor first sees it: Finnish in the bundle, Swedish and English loaded when a page shows them. */
export const lazyVolunteeringSignupMessages: LazyCatalogs<VolunteeringSignupMessageKey> = {
  fi,
  sv: () => import('./volunteering-signup.messages.sv.js'),
  en: () => import('./volunteering-signup.messages.en.js'),
};
