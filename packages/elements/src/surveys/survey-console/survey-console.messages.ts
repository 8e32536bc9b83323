import { createMessages, lazyCommonMessages, lazyStaffSignInMessages, lazySurveyConsoleShellMessages } from '@kohtaamo/core';

/** The texts of the survey console's first state (the sign-in): in its entry; the rest comes with the signed-in part (docs/adr/0067). */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffSignInMessages, lazySurveyConsoleShellMessages);
