import { createMessages, lazyCommonMessages, lazySpaceConsoleMessages, lazyStaffMessages, type TranslatorOf } from '@kohtaamo/core';

/** The space console's texts: common, staff sign-in and its own (Finnish in the bundle, Swedish and English lazy). */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazySpaceConsoleMessages);
export type ConsoleTranslator = TranslatorOf<typeof consoleMessages>;
