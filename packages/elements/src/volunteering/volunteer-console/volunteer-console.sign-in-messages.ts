import { createMessages, lazyCommonMessages, lazyStaffSignInMessages, lazyVolunteeringConsoleSignInMessages } from '@kohtaamo/core';

/** The texts of the coordinators' console's first state (the sign-in): in its entry (docs/adr/0067). */
export const signInMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffSignInMessages, lazyVolunteeringConsoleSignInMessages);
