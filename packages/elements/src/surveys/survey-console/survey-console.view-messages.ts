import {
  createMessages,
  lazyCommonMessages,
  lazyStaffMessages,
  lazySurveyAnsweringMessages,
  lazySurveyConsoleMessages,
  lazySurveysMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The texts of the console after sign-in (the list of surveys, the forms and tabs) and the
 * surveys domain's problem and check codes they show: imported by the lazy parts only, so the
 * entry does not carry them (ADR 0035, 0067).
 */
export const viewMessages = /* @__PURE__ */ createMessages(
  lazyCommonMessages,
  lazyStaffMessages,
  lazySurveyAnsweringMessages,
  lazySurveysMessages,
  lazySurveyConsoleMessages,
);
export type ConsoleTranslator = TranslatorOf<typeof viewMessages>;
export type ConsoleMessageKey = Parameters<ConsoleTranslator>[0];
