import { createMessages, lazyCommonMessages, lazyFeedbackFormMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The texts of the form's first state and of the maps (the form's pin picker, the area map): the
 * fields, labels and hints. One instance for both, so a form's page loads a language once. What
 * the form shows after the person acts (errors, the confirmation, similar reports) comes with its
 * later part (feedback-form.later.ts), with its texts. The other widgets compose theirs in their
 * own folders (feedback-status.messages.ts, feedback-list.messages.ts, …): rollup keeps a module
 * whole in one chunk, so catalogs of several widgets in one module made each download them all.
 */
export const feedbackFormMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackFormMessages);
export type FeedbackFormTranslator = TranslatorOf<typeof feedbackFormMessages>;
