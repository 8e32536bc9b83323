import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackHandlingMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazyStaffMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/** The texts the staff inbox shows (the resident texts name the pin and photos; the form's, the place). */
export const inboxMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazyFeedbackFormMessages, lazyFeedbackMessages, lazyFeedbackResidentMessages, lazyFeedbackHandlingMessages);
export type InboxTranslator = TranslatorOf<typeof inboxMessages>;
