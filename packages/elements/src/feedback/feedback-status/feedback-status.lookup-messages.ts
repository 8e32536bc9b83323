import { createMessages, lazyCommonMessages, lazyFeedbackMessages, lazySignalsReportMessages, type Messages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The texts of the status lookup's answer, its response time and the reports sent from this
 * device (issue 7, docs/adr/0101): imported with the lookup part, not on the cold page. The part
 * gives them a `MessagesController` of its own on the element, so the element's updates wait for
 * a language's texts as for its first view's.
 */
export const statusLookupMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackMessages, lazySignalsReportMessages);
export type StatusLookupTranslator = TranslatorOf<typeof statusLookupMessages>;
export type StatusLookupMessageKey = typeof statusLookupMessages extends Messages<infer K> ? K : never;
