import { createMessages, lazyCommonMessages, lazyFeedbackInboxSignInMessages, lazyStaffSignInMessages } from '@kohtaamo/core';

/** The texts of the inbox's first state (the sign-in): in its entry (docs/adr/0067). */
export const inboxSignInMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffSignInMessages, lazyFeedbackInboxSignInMessages);
