import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceConsoleSignInMessageKey } from './space-console-sign-in.messages.fi.js';

/** The space console's sign-in texts: Finnish in its entry, Swedish and English loaded when a page needs them. */
export const lazySpaceConsoleSignInMessages: LazyCatalogs<SpaceConsoleSignInMessageKey> = {
  fi,
  sv: () => import('./space-console-sign-in.messages.sv.js'),
  en: () => import('./space-console-sign-in.messages.en.js'),
};
