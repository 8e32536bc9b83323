import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringSignupFormMessageKey } from './volunteering-signup-form.messages.fi.js';

/** Volunteering's texts of the sign-up form itself (loaded when the form is opened): Finnish in the bundle, Swedish and English loaded when a page shows them. */
export const lazyVolunteeringSignupFormMessages: LazyCatalogs<VolunteeringSignupFormMessageKey> = {
  fi,
  sv: () => import('./volunteering-signup-form.messages.sv.js'),
  en: () => import('./volunteering-signup-form.messages.en.js'),
};
