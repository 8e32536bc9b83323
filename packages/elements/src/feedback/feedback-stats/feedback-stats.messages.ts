import { createMessages, lazyCommonMessages, lazySignalsMessages, type TranslatorOf } from '@kohtaamo/core';

/** The texts the response-time figures show: Finnish in the bundle, other languages on demand. */
export const statsMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazySignalsMessages);
export type StatsTranslator = TranslatorOf<typeof statsMessages>;
