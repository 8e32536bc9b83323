import {
  createMessages,
  lazyCommonMessages,
  lazySpaceConsoleMessages,
  lazySpaceConsoleSignInMessages,
  lazyStaffMessages,
  type TranslatorOf,
} from '@kohtaamo/core';

/**
 * The space console's texts after sign-in: common, staff and its own (Finnish with the signed-in
 * part, Swedish and English lazy); the entry has only the sign-in's (space-console.sign-in-messages.ts).
 */
export const consoleMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazyStaffMessages, lazySpaceConsoleSignInMessages, lazySpaceConsoleMessages);
export type ConsoleTranslator = TranslatorOf<typeof consoleMessages>;
