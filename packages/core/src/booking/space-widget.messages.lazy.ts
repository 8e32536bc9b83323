import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type SpaceWidgetMessageKey } from './space-widget.messages.fi.js';

/** The space widgets' texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazySpaceWidgetMessages: LazyCatalogs<SpaceWidgetMessageKey> = {
  fi,
  sv: () => import('./space-widget.messages.sv.js'),
  en: () => import('./space-widget.messages.en.js'),
};
