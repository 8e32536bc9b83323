import { createMessages, lazyCommonMessages, lazySpaceConsoleSignInMessages, lazyStaffSignInMessages } from '@kohtaamo/core';

/** The texts of the space console's first state (the sign-in): in its entry (docs/adr/0067). */
export const signInMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffSignInMessages, lazySpaceConsoleSignInMessages);
