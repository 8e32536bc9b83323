import {
  createMessages,
  lazyCommonMessages,
  lazyStaffMessages,
  lazySurveyAnsweringMessages,
  lazySurveyConsoleMessages,
  lazySurveyConsoleShellMessages,
  lazySurveysMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts of the console's forms and tabs, and the surveys domain's problem and check codes
 * they show: imported by the lazy views only, so the entry does not carry them (ADR 0035).
 */
export const viewMessages = /* @__PURE__ */ createMessages(
  lazyCommonMessages,
  lazyStaffMessages,
  lazySurveyAnsweringMessages,
  lazySurveysMessages,
  lazySurveyConsoleShellMessages,
  lazySurveyConsoleMessages,
);
export type ConsoleTranslator = TranslatorOf<typeof viewMessages>;
export type ConsoleMessageKey = Parameters<ConsoleTranslator>[0];
