import { nothing } from 'lit';
import { pickTextLang, type Locale, type LocalizedText } from '@kohtaamo/core';

/**
 * The `lang` attribute for the element holding `pickText(text, locale)` (WCAG 2.1 SC 3.1.2):
 * Finnish when a person-written text falls back to it, no attribute when it is in `locale`.
 */
export const textLang = (text: LocalizedText, locale: Locale): Locale | typeof nothing => {
  const lang = pickTextLang(text, locale);
  return lang === locale ? nothing : lang;
};
