import { easterSunday as easterDate, finnishHolidays as holidayDates, type FinnishHoliday } from '../calendar/helsinki-calendar.js';
import { dayNumber, type DayNumber } from './helsinki-time.js';

/**
 * Finnish public holidays for opening hours, as day numbers: core's one holiday calendar
 * (calendar/helsinki-calendar.ts, which feedback's working days also use), computed for any
 * Gregorian year, so opening hours never need a yearly list. Midsummer Eve and Christmas Eve
 * are not public holidays by law but are days off in practice (`official: false`); opening
 * hours treat every listed day as a holiday.
 */
export type { FinnishHoliday };

export interface Holiday {
  readonly day: DayNumber;
  readonly id: FinnishHoliday;
  readonly official: boolean;
}

/** Customary days off that the law does not name. */
const CUSTOMARY: ReadonlySet<FinnishHoliday> = new Set(['midsummerEve', 'christmasEve']);

/** Easter Sunday of a Gregorian year, as a day number. */
export function easterSunday(year: number): DayNumber {
  return dayNumber(easterDate(year));
}

const cache = new Map<number, readonly Holiday[]>();

export function finnishHolidays(year: number): readonly Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const list = [...holidayDates(year)].map(([date, id]) => ({ day: dayNumber(date), id, official: !CUSTOMARY.has(id) }));
  list.sort((x, y) => x.day - y.day);
  cache.set(year, list);
  return list;
}

const byDay = new Map<number, ReadonlyMap<DayNumber, Holiday>>();

/** The holiday on a day, if any. */
export function finnishHolidayOn(day: DayNumber): Holiday | undefined {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  let map = byDay.get(year);
  if (!map) {
    map = new Map(finnishHolidays(year).map((h) => [h.day, h]));
    byDay.set(year, map);
  }
  return map.get(day);
}
