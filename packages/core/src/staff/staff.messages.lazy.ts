import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type StaffMessageKey } from './staff.messages.fi.js';

/** The texts of staff sign-in and roles: Finnish in the bundle, Swedish and English on demand. */
export const lazyStaffMessages: LazyCatalogs<StaffMessageKey> = {
  fi,
  sv: () => import('./staff.messages.sv.js'),
  en: () => import('./staff.messages.en.js'),
};
