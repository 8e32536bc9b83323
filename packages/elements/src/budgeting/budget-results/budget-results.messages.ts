import { createMessages, lazyCommonMessages, lazyResultsWidgetMessages, type TranslatorOf } from '@kohtaamo/core';

/** The results' texts: Finnish in the bundle, Swedish and English on demand. */
export const resultsMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyResultsWidgetMessages);
export type ResultsTranslator = TranslatorOf<typeof resultsMessages>;
