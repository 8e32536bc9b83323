import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringConsoleDetailMessageKey } from './volunteering-console-detail.messages.fi.js';

/** The console detail's texts: Finnish in the detail module, Swedish and English loaded when shown. */
export const lazyVolunteeringConsoleDetailMessages: LazyCatalogs<VolunteeringConsoleDetailMessageKey> = {
  fi,
  sv: () => import('./volunteering-console-detail.messages.sv.js'),
  en: () => import('./volunteering-console-detail.messages.en.js'),
};
