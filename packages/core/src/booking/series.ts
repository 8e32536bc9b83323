import * as rruleModule from 'rrule';
import type { RRule as RRuleClass, Options } from 'rrule';
import { DAY_MS, MINUTE_MS, dayNumber, parseTime, wallToInstant, type IsoDate } from './helsinki-time.js';
import type { BookingViolation } from './booking.logic.js';

// rrule 2.8 ships a CommonJS main and an ESM "module" without an "exports" map: bundlers take
// the ESM build (named exports), while Node loads the CommonJS one, whose exports arrive under
// `default`. Take the class from whichever shape arrived.
const RRule: typeof RRuleClass =
  (rruleModule as unknown as { RRule?: typeof RRuleClass }).RRule ??
  (rruleModule as unknown as { default: { RRule: typeof RRuleClass } }).default.RRule;

/**
 * Recurring bookings (issue 12). A series is an RRULE (RFC 5545) read by the `rrule` library in
 * "floating" time: the rule runs over wall-clock dates and times that are never shifted by a
 * time zone, and each occurrence's wall-clock date and time is only then turned into an
 * instant in Europe/Helsinki. So a weekly Tuesday 18:00 stays 18:00 in October after the clock
 * goes back, where a rule run over UTC instants would move to 17:00.
 */
export interface SeriesSpec {
  /** The first occurrence's Helsinki wall-clock start, 'YYYY-MM-DDTHH:MM'. */
  readonly start: string;
  readonly durationMinutes: number;
  /** RFC 5545 RRULE, with or without the 'RRULE:' prefix, e.g. 'FREQ=WEEKLY;BYDAY=TU;COUNT=10'. */
  readonly rrule: string;
}

export interface Occurrence {
  readonly date: IsoDate;
  readonly start: number;
  readonly end: number;
}

export interface SeriesResult<T extends Occurrence = Occurrence> {
  readonly accepted: readonly T[];
  readonly rejected: readonly (T & { readonly violation: BookingViolation })[];
}

/** At most this many occurrences are made of one series (two years of a daily rule fit). */
export const MAX_OCCURRENCES = 750;

/** The occurrences of a series, in order, at most MAX_OCCURRENCES (or the rule's own limit). */
export function occurrencesOf(spec: SeriesSpec): Occurrence[] {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(spec.start);
  if (!match) throw new RangeError(`Not a wall-clock start: ${spec.start}`);
  const firstDay = dayNumber(match[1]!);
  const minutes = parseTime(match[2]!);
  const text = spec.rrule.replace(/^RRULE:/, '');
  const options: Partial<Options> = {
    ...RRule.parseString(text),
    dtstart: new Date(firstDay * DAY_MS + minutes * MINUTE_MS),
    tzid: null,
  };
  if (options.until) {
    // UNTIL as written is wall-clock too (a date-only UNTIL includes that whole day).
    const u = options.until;
    if (!/T\d{6}/.test(text)) options.until = new Date(u.getTime() + DAY_MS - 1);
  }
  const rule = new RRule(options);
  const out: Occurrence[] = [];
  rule.all((date, i) => {
    if (i >= MAX_OCCURRENCES) return false;
    const ms = date.getTime();
    const day = Math.floor(ms / DAY_MS);
    const minuteOfDay = Math.round((ms - day * DAY_MS) / MINUTE_MS);
    const start = wallToInstant(day, minuteOfDay);
    out.push({ date: new Date(day * DAY_MS).toISOString().slice(0, 10), start, end: start + spec.durationMinutes * MINUTE_MS });
    return true;
  });
  return out;
}

/**
 * Materialises a series: each occurrence is checked by `check` (validateBooking with the
 * occurrences accepted so far counted as taken, which the caller does by closing over a list
 * it appends to in `accept`). Rejected occurrences keep the rule that refused them.
 */
export function materialiseSeries(
  spec: SeriesSpec,
  check: (occurrence: Occurrence) => BookingViolation | null,
  accept: (occurrence: Occurrence) => void = () => {},
): SeriesResult {
  const accepted: Occurrence[] = [];
  const rejected: (Occurrence & { violation: BookingViolation })[] = [];
  for (const occurrence of occurrencesOf(spec)) {
    const violation = check(occurrence);
    if (violation) rejected.push({ ...occurrence, violation });
    else {
      accepted.push(occurrence);
      accept(occurrence);
    }
  }
  return { accepted, rejected };
}
