import type { LazyCatalogs } from '../i18n/lazy-catalogs.js';
import fi, { type ReceiptWidgetMessageKey } from './receipt-widget.messages.fi.js';

/** The receipt check's texts: Finnish in the bundle, Swedish and English loaded when a page needs them. */
export const lazyReceiptWidgetMessages: LazyCatalogs<ReceiptWidgetMessageKey> = {
  fi,
  sv: () => import('./receipt-widget.messages.sv.js'),
  en: () => import('./receipt-widget.messages.en.js'),
};
