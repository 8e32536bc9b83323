import type { LazyCatalogs } from './lazy-catalogs.js';
import fi, { type CommonMessageKey } from './common.messages.fi.js';

/** The texts shared by every domain: generic validation and connection states: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyCommonMessages: LazyCatalogs<CommonMessageKey> = {
  fi,
  sv: () => import('./common.messages.sv.js'),
  en: () => import('./common.messages.en.js'),
};
