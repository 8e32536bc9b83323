import {
  createMessages,
  lazyCommonMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackFieldsMessages,
  lazyFeedbackMapMessages,
  lazyFeedbackHandlingMessages,
  lazyFeedbackInboxSignInMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazyStaffMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts the staff inbox shows after sign-in (the resident texts name the pin and photos; the
 * form's, the place): imported by its signed-in part and the open report, not by the entry
 * (docs/adr/0067).
 */
export const inboxMessages = /* @__PURE__ */ createMessages(
  lazyCommonMessages,
  lazyStaffMessages,
  lazyFeedbackInboxSignInMessages,
  lazyFeedbackFormMessages,
  lazyFeedbackFieldsMessages,
  lazyFeedbackMapMessages,
  lazyFeedbackMessages,
  lazyFeedbackResidentMessages,
  lazyFeedbackHandlingMessages,
);
export type InboxTranslator = TranslatorOf<typeof inboxMessages>;
