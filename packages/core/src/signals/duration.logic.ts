import type { Locale } from '../i18n/locale.js';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * A duration as a person reads it, in the locale's words (Intl unit formatting):
 * under an hour in minutes, under two days in hours, else in days; one decimal under ten.
 * "20 tuntia", "3,5 dagar", "45 minutes".
 */
export function formatDuration(seconds: number, locale: Locale, unitDisplay: 'long' | 'short' | 'narrow' = 'long'): string {
  const [value, unit] =
    seconds < HOUR ? [seconds / 60, 'minute'] : seconds < 2 * DAY ? [seconds / HOUR, 'hour'] : [seconds / DAY, 'day'];
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(unit === 'minute' ? Math.max(1, Math.round(value)) : rounded);
}

/** A share 0…1 as a whole percentage in the locale: "62 %", "62%". */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
