import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazySignalsReportMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts of the status lookup: the answer, its response time and the reports sent from this
 * device, from core's catalogs: Finnish in the bundle, Swedish and English loaded the first time a
 * page shows them. Each widget composes only the catalogs it shows (the stats and the inbox in
 * feedback-stats.messages.ts and feedback-inbox.messages.ts), so no widget carries another's texts.
 */
export const feedbackStatusMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackMessages, lazySignalsReportMessages);
export type FeedbackStatusTranslator = TranslatorOf<typeof feedbackStatusMessages>;

/** The texts of the public list: its filters and items (with their status and response time). */
export const feedbackListMessages = /* @__PURE__ */ createMessages(
  lazyCommonMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazySignalsReportMessages,
);
export type FeedbackListTranslator = TranslatorOf<typeof feedbackListMessages>;

/**
 * The texts of the form's first state and of the maps (the form's pin picker, the area map): the
 * fields, labels and hints. One instance for both, so a form's page loads a language once. What
 * the form shows after the person acts (errors, the confirmation, similar reports) comes with its
 * later part (feedback-form.later.ts), with its texts.
 */
export const feedbackFormMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackFormMessages);
export type FeedbackFormTranslator = TranslatorOf<typeof feedbackFormMessages>;
