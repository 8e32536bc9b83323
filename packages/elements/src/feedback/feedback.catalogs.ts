import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazySignalsMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts the resident feedback widgets show (status, list), from core's catalogs:
 * Finnish in the bundle, Swedish and English loaded the first time a page shows them.
 * The form and the maps, the stats and the inbox have their own (below,
 * feedback-stats.messages.ts, feedback-inbox.messages.ts), so no widget carries another's texts.
 */
export const feedbackWidgetMessages = /* @__PURE__ */ createMessages(
  lazyCommonMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazySignalsMessages,
);
export type FeedbackTranslator = TranslatorOf<typeof feedbackWidgetMessages>;

/**
 * The texts of the form's first state and of the maps (the form's pin picker, the area map): the
 * fields, labels and hints. One instance for both, so a form's page loads a language once. What
 * the form shows after the person acts (errors, the confirmation, similar reports) comes with its
 * later part (feedback-form.later.ts), with its texts.
 */
export const feedbackFormMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackFormMessages);
export type FeedbackFormTranslator = TranslatorOf<typeof feedbackFormMessages>;
