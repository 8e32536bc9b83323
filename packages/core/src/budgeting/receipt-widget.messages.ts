import type { Catalogs } from '../i18n/translate.js';
import en from './receipt-widget.messages.en.js';
import fi, { type ReceiptWidgetMessageKey } from './receipt-widget.messages.fi.js';
import sv from './receipt-widget.messages.sv.js';

export type { ReceiptWidgetMessageKey };

/** Every language of the receipt check's texts at once (tests and tools). */
export const receiptWidgetMessages: Catalogs<ReceiptWidgetMessageKey> = { fi, sv, en };
