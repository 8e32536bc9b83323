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

export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] || text[DEFAULT_LOCALE];
}

const helsinkiParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar date and clock time of an instant in Europe/Helsinki. */
function helsinkiTime(date: Date): { day: string; month: string; year: string; hour: string; minute: string } {
  const parts = Object.fromEntries(helsinkiParts.formatToParts(date).map((p) => [p.type, p.value]));
  return { day: parts.day!, month: parts.month!, year: parts.year!, hour: parts.hour!, minute: parts.minute! };
}

/** The word between a date and a time: "14.9.2026 klo 18.20". */
const AT: Record<Locale, string> = { fi: ' klo ', sv: ' kl. ', en: ', ' };

/**
 * Formats a date the Finnish way, the same in every language and on every engine ("14.9.2026"):
 * a calendar date (`2026-09-14`) as it is, an ISO 8601 instant as its day in Europe/Helsinki.
 * Built from parts, not from a locale's default pattern, so English does not turn into
 * "9/14/2026" nor Swedish into "2026-09-14".
 */
export function formatDate(iso: string, _locale?: Locale): string {
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (calendar) return `${Number(calendar[3])}.${Number(calendar[2])}.${calendar[1]}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { day, month, year } = helsinkiTime(date);
  return `${Number(day)}.${Number(month)}.${year}`;
}

/** Formats an ISO 8601 instant as a date and time in Europe/Helsinki: "14.9.2026 klo 18.20". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { hour, minute } = helsinkiTime(date);
  return `${formatDate(iso)}${AT[locale]}${hour}.${minute}`;
}

/** A period of two dates: "14.9.2026–1.12.2026". */
export function formatDateRange(from: string, to: string, locale?: Locale): string {
  return `${formatDate(from, locale)}–${formatDate(to, locale)}`;
}

/** The Intl tag for a locale: the Finnish variants of each language. */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-FI' : `${locale}-FI`;
}
