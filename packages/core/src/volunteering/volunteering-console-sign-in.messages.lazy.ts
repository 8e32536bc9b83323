import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringConsoleSignInMessageKey } from './volunteering-console-sign-in.messages.fi.js';

/** The coordinators' console's sign-in texts: Finnish in its entry, Swedish and English loaded when a page needs them. */
export const lazyVolunteeringConsoleSignInMessages: LazyCatalogs<VolunteeringConsoleSignInMessageKey> = {
  fi,
  sv: () => import('./volunteering-console-sign-in.messages.sv.js'),
  en: () => import('./volunteering-console-sign-in.messages.en.js'),
};
