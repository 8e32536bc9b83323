import { createMessages, lazyCommonMessages, lazyStaffMessages, lazyVolunteeringConsoleMessages, lazyVolunteeringMessages, type TranslatorOf } from '@kohtaamo/core';

/**
 * The console's texts after sign-in: common, staff, volunteering's shared ones (its problem
 * codes) and its own; the signed-in part's (docs/adr/0067), not the entry's
 * (volunteer-console.sign-in-messages.ts).
 */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazyVolunteeringMessages, lazyVolunteeringConsoleMessages);
export type ConsoleTranslator = TranslatorOf<typeof consoleMessages>;
