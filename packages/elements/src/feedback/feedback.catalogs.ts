import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazySignalsMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts the resident feedback widgets show (form, status, list, maps), from core's catalogs:
 * Finnish in the bundle, Swedish and English loaded the first time a page shows them.
 * The stats and the inbox have their own (feedback-stats.messages.ts, feedback-inbox.messages.ts),
 * so no widget carries another's texts.
 */
export const feedbackWidgetMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyFeedbackMessages, lazyFeedbackResidentMessages, lazySignalsMessages);
export type FeedbackTranslator = TranslatorOf<typeof feedbackWidgetMessages>;
