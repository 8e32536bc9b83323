import {
  createMessages,
  lazyBudgetConsoleMessages,
  lazyBudgetConsoleShellMessages,
  lazyBudgetingRoundMessages,
  lazyCommonMessages,
  lazyStaffMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts of the console's forms and tabs, and the budgeting API's problem codes they show:
 * imported by the lazy views only, so the entry does not carry them (ADR 0049).
 */
export const viewMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazyBudgetingRoundMessages, lazyBudgetConsoleShellMessages, lazyBudgetConsoleMessages);
export type ConsoleTranslator = TranslatorOf<typeof viewMessages>;
export type ConsoleMessageKey = Parameters<ConsoleTranslator>[0];
