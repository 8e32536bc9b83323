import {
  createMessages,
  lazyBudgetConsoleMessages,
  lazyBudgetingRoundMessages,
  lazyCommonMessages,
  lazyStaffMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts of the console after sign-in (the rounds, the forms and tabs) and the budgeting API's
 * problem codes they show: imported by the lazy parts only, so the entry does not carry them
 * (ADR 0049, 0067).
 */
export const viewMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazyBudgetingRoundMessages, lazyBudgetConsoleMessages);
export type ConsoleTranslator = TranslatorOf<typeof viewMessages>;
export type ConsoleMessageKey = Parameters<ConsoleTranslator>[0];
