import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SignalsMessageKey } from './signals.messages.fi.js';

/** The texts of the signals domain (response-time figures; the reply mail's texts are the server's): Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazySignalsMessages: LazyCatalogs<SignalsMessageKey> = {
  fi,
  sv: () => import('./signals.messages.sv.js'),
  en: () => import('./signals.messages.en.js'),
};
