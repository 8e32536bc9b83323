import { createMessages, lazyCommonMessages, lazyFeedbackFormMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The texts of the form's first view: the heading, the topic, the message and sending. What the
 * form shows after the first touch (the other fields, errors, the confirmation, similar reports)
 * comes with its later part (feedback-form.later.ts), with its texts; the maps have theirs
 * (feedback-map/feedback-map.messages.ts). The other widgets compose theirs in their own folders
 * (feedback-status.messages.ts, feedback-list.messages.ts, …): rollup keeps a module whole in one
 * chunk, so catalogs of several widgets in one module made each download them all.
 */
export const feedbackFormMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackFormMessages);
export type FeedbackFormTranslator = TranslatorOf<typeof feedbackFormMessages>;
