import { createMessages, lazyCommonMessages, lazyStaffMessages, lazySurveyAnsweringMessages, lazySurveyConsoleMessages, lazySurveysMessages, type TranslatorOf } from '@kohtaamo/core';

/** The texts of the survey console: the console's own, staff sign-in, and the surveys domain's problem and check codes. */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazySurveyAnsweringMessages, lazySurveysMessages, lazySurveyConsoleMessages);
export type ConsoleTranslator = TranslatorOf<typeof consoleMessages>;
