import { dayFromParts, weekdayOf, type DayNumber } from './helsinki-time.js';

/**
 * Finnish public holidays (Act on the Evangelical Lutheran Church calendar and the Act on
 * Public Holidays), computed for any Gregorian year, so opening hours never need a yearly list.
 * Midsummer Eve and Christmas Eve are not public holidays by law but are days off in practice
 * (`official: false`); opening hours treat every listed day as a holiday.
 */
export type FinnishHoliday =
  | 'newYear'
  | 'epiphany'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'mayDay'
  | 'ascension'
  | 'whitsun'
  | 'midsummerEve'
  | 'midsummerDay'
  | 'allSaints'
  | 'independence'
  | 'christmasEve'
  | 'christmas'
  | 'boxingDay';

export interface Holiday {
  readonly day: DayNumber;
  readonly id: FinnishHoliday;
  readonly official: boolean;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

/** The first day from `from` on that is the given ISO weekday (6 = Saturday). */
function firstWeekdayFrom(from: DayNumber, weekday: number): DayNumber {
  return from + ((weekday - weekdayOf(from) + 7) % 7);
}

const cache = new Map<number, readonly Holiday[]>();

export function finnishHolidays(year: number): readonly Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const midsummerDay = firstWeekdayFrom(dayFromParts(year, 6, 20), 6);
  const list: Holiday[] = [
    { day: dayFromParts(year, 1, 1), id: 'newYear', official: true },
    { day: dayFromParts(year, 1, 6), id: 'epiphany', official: true },
    { day: easter - 2, id: 'goodFriday', official: true },
    { day: easter, id: 'easterSunday', official: true },
    { day: easter + 1, id: 'easterMonday', official: true },
    { day: dayFromParts(year, 5, 1), id: 'mayDay', official: true },
    { day: easter + 39, id: 'ascension', official: true },
    { day: easter + 49, id: 'whitsun', official: true },
    { day: midsummerDay - 1, id: 'midsummerEve', official: false },
    { day: midsummerDay, id: 'midsummerDay', official: true },
    // The Saturday between 31 October and 6 November.
    { day: firstWeekdayFrom(dayFromParts(year, 10, 31), 6), id: 'allSaints', official: true },
    { day: dayFromParts(year, 12, 6), id: 'independence', official: true },
    { day: dayFromParts(year, 12, 24), id: 'christmasEve', official: false },
    { day: dayFromParts(year, 12, 25), id: 'christmas', official: true },
    { day: dayFromParts(year, 12, 26), id: 'boxingDay', official: true },
  ];
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
