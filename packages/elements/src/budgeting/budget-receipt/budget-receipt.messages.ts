import { createMessages, lazyCommonMessages, lazyReceiptWidgetMessages, type TranslatorOf } from '@kohtaamo/core';

/** The receipt check's texts: Finnish in the bundle, Swedish and English on demand. */
export const receiptMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyReceiptWidgetMessages);
export type ReceiptTranslator = TranslatorOf<typeof receiptMessages>;
