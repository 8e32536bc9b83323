import { createMessages, lazyBudgetConsoleShellMessages, lazyCommonMessages, lazyStaffMessages, type TranslatorOf } from '@kohtaamo/core';

/** The texts of the budget console's first view (sign-in, the rounds): in its entry. */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazyBudgetConsoleShellMessages);
export type ShellTranslator = TranslatorOf<typeof consoleMessages>;
