import { createMessages, lazyBudgetConsoleShellMessages, lazyCommonMessages, lazyStaffSignInMessages } from '@kohtaamo/core';

/** The texts of the budget console's first state (the sign-in): in its entry; the rest comes with the signed-in part (ADR 0067). */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffSignInMessages, lazyBudgetConsoleShellMessages);
