// The texts of <kohtaamo-survey>'s lazy parts (review and help offer, resume, interviewer mode):
// imported by those modules only, so the entry carries none of them (ADR 0047).
import { createMessages, lazyCommonMessages, lazySurveyAnsweringLaterMessages, lazySurveyAnsweringMessages, type Locale, type MessageParams, type TranslatorOf } from '@kohtaamo/core';

const messages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazySurveyAnsweringMessages, lazySurveyAnsweringLaterMessages);
export type LaterTranslator = TranslatorOf<typeof messages>;

export interface LaterTexts {
  readonly t: LaterTranslator;
  /** The text of a code from the server (a problem or validation code): itself when it is no message. */
  code(code: string, params?: MessageParams): string;
}

/** Loads a language's texts (resolves on failure too: Finnish stands in). */
export const loadLaterTexts = (locale: Locale): Promise<void> => messages.load(locale);

/** The texts in a language; while they load (the page's language changed), Finnish, and `loaded` is called when they are here. */
export function laterTexts(locale: Locale, loaded: () => void): LaterTexts {
  if (!messages.isLoaded(locale)) void messages.load(locale).then(loaded);
  const t = messages.translator(locale);
  return { t, code: (code, params) => (messages.has(code) ? t(code as Parameters<LaterTranslator>[0], params) : code) };
}
