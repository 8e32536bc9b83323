import { createMessages, lazyCommonMessages, lazyStaffMessages, lazyVolunteeringConsoleMessages, lazyVolunteeringMessages, type TranslatorOf } from '@kohtaamo/core';

/** The console's texts: common, staff sign-in, volunteering's shared ones and its own. */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazyVolunteeringMessages, lazyVolunteeringConsoleMessages);
export type ConsoleTranslator = TranslatorOf<typeof consoleMessages>;
