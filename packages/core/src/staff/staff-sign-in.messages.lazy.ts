import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type StaffSignInMessageKey } from './staff-sign-in.messages.fi.js';

/** A console's sign-in texts (a part of the staff texts): Finnish in the entry, Swedish and English on demand. */
export const lazyStaffSignInMessages: LazyCatalogs<StaffSignInMessageKey> = {
  fi,
  sv: () => import('./staff-sign-in.messages.sv.js'),
  en: () => import('./staff-sign-in.messages.en.js'),
};
