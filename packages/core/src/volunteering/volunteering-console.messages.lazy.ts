import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type VolunteeringConsoleMessageKey } from './volunteering-console.messages.fi.js';

/** The console's texts for the widget: Finnish in its bundle, Swedish and English loaded when shown. */
export const lazyVolunteeringConsoleMessages: LazyCatalogs<VolunteeringConsoleMessageKey> = {
  fi,
  sv: () => import('./volunteering-console.messages.sv.js'),
  en: () => import('./volunteering-console.messages.en.js'),
};
