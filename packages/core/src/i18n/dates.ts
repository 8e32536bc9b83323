import { TIME_ZONE, type Locale } from './locale.js';

// Dates as the widgets show them. Apart from locale.ts, which every widget's first render loads
// (the shared floor, docs/adr/0061), so that only the widgets that show dates carry these.

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
