import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackHandlingMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazyStaffMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/** The texts the staff inbox shows (the resident texts name the pin and photos). */
export const inboxMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazyFeedbackMessages, lazyFeedbackResidentMessages, lazyFeedbackHandlingMessages);
export type InboxTranslator = TranslatorOf<typeof inboxMessages>;
