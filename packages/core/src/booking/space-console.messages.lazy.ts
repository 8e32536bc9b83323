import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceConsoleMessageKey } from './space-console.messages.fi.js';

/** The space console's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazySpaceConsoleMessages: LazyCatalogs<SpaceConsoleMessageKey> = {
  fi,
  sv: () => import('./space-console.messages.sv.js'),
  en: () => import('./space-console.messages.en.js'),
};
