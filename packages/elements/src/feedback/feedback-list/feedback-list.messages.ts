import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazySignalsReportMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts of the public list: its filters and items (with their status and response time); not
 * the form's (the one label they shared has a key of the list's, `feedback.list.address`). In a
 * module of the list's own, as each widget's catalogs are (rollup keeps a module whole in one
 * chunk: a catalogs module shared by several widgets makes each download the others' texts).
 */
export const feedbackListMessages = /* @__PURE__ */ createMessages(
  lazyCommonMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazySignalsReportMessages,
);
export type FeedbackListTranslator = TranslatorOf<typeof feedbackListMessages>;
