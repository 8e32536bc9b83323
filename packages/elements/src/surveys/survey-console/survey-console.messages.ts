import { createMessages, lazyCommonMessages, lazyStaffMessages, lazySurveyConsoleShellMessages, type TranslatorOf } from '@kohtaamo/core';

/** The texts of the survey console's first view (sign-in, the list of surveys): in its entry. */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazySurveyConsoleShellMessages);
export type ShellTranslator = TranslatorOf<typeof consoleMessages>;
