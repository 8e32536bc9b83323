import { createMessages, lazyCommonMessages, lazyFeedbackListMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The texts of the public list: its filters and items (with their status and response time), in
 * a catalog of the list's own (core's feedback-list.messages, docs/adr/0103), so its first view
 * carries no other widget's texts (rollup keeps a module whole in one chunk: a catalogs module
 * shared by several widgets makes each download the others' texts).
 */
export const feedbackListMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackListMessages);
export type FeedbackListTranslator = TranslatorOf<typeof feedbackListMessages>;
