/** The languages Kohtaamo speaks. Finnish first; Swedish and English are equal. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fi';
/** All dates are shown in the city's own time zone, wherever the reader is. */
export const TIME_ZONE = 'Europe/Helsinki';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 tag ("sv-FI", "en", "FI") to a supported locale; anything else to Finnish.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/**
 * Picks the best supported locale from an HTTP Accept-Language header (RFC 9110 §12.5.4).
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { range: range.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0 && r.range !== '')
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { range } of ranked) {
    const primary = range.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** A text in every supported language. */
export type LocalizedText = Record<Locale, string>;

/**
 * A text in the page's language; where it is not given there, the first language that has it
 * in the order fi → sv → en (a name given only in Swedish still shows on a Finnish page).
 */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[pickTextLang(text, locale)];
}

/** The language of what `pickText` returns: `locale`, or the one it falls back to (mark it with `lang`). */
export function pickTextLang(text: LocalizedText, locale: Locale): Locale {
  return text[locale] ? locale : (LOCALES.find((l) => text[l]) ?? locale);
}

/** The Intl tag for a locale: the Finnish variants of each language. */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-FI' : `${locale}-FI`;
}
