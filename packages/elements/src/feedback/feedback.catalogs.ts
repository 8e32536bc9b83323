import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackHandlingMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazySignalsMessages,
  lazyStaffMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts the resident feedback widgets show (form, status, list, maps), from core's catalogs:
 * Finnish in the bundle, Swedish and English loaded the first time a page shows them.
 */
export const feedbackWidgetMessages = createMessages(lazyCommonMessages, lazyFeedbackMessages, lazyFeedbackResidentMessages, lazySignalsMessages);
export type FeedbackTranslator = TranslatorOf<typeof feedbackWidgetMessages>;

/** The texts the response-time figures show. */
export const statsMessages = createMessages(lazyCommonMessages, lazySignalsMessages);
export type StatsTranslator = TranslatorOf<typeof statsMessages>;

/** The texts the staff inbox shows (the resident texts name the pin and photos). */
export const inboxMessages = createMessages(lazyCommonMessages, lazyStaffMessages, lazyFeedbackMessages, lazyFeedbackResidentMessages, lazyFeedbackHandlingMessages);
export type InboxTranslator = TranslatorOf<typeof inboxMessages>;
