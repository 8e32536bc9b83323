/**
 * Calendar days in Finland: local dates in Europe/Helsinki, Finnish public holidays and
 * working days. Pure functions over plain "YYYY-MM-DD" strings; only `Intl` is used, so this
 * runs alike in Node and in browsers.
 *
 * Finnish public holidays (Finnish law on holidays: Laki vuosilomalaista and the Church Act's
 * holy days; see https://www.kalenteri.fi/ and the Finnish Institute for Languages'
 * almanac): New Year's Day 1.1, Epiphany 6.1, Good Friday, Easter Sunday, Easter Monday,
 * May Day 1.5, Ascension Day (Easter + 39), Whit Sunday (Easter + 49), Midsummer Eve (the
 * Friday between 19 and 25 June) and Midsummer Day (the Saturday between 20 and 26 June),
 * All Saints' Day (the Saturday between 31 October and 6 November), Independence Day 6.12,
 * Christmas Eve 24.12, Christmas Day 25.12 and St Stephen's (Boxing) Day 26.12.
 * Midsummer Eve and Christmas Eve are not holidays by law but are days off by collective
 * agreements and in city offices, so they count as non-working days here.
 */

export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';

/** A local date, "YYYY-MM-DD". */
export type LocalDate = string;

const DAY_MS = 86_400_000;

const localDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: HELSINKI_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local date in Helsinki of an instant. */
export function helsinkiDate(instant: Date | string): LocalDate {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(localDateFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Day number since 1970-01-01 of a local date (the date read as if it were UTC). */
function dayNumber(date: LocalDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function fromDayNumber(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The instant a local date begins in Helsinki (00:00 local, EET or EEST). */
export function helsinkiStartOfDay(date: LocalDate): Date {
  // Start from midnight UTC and correct by the offset Helsinki has at that instant; a second
  // pass settles the (hypothetical) case of a DST change between the two instants.
  let guess = Date.parse(`${date}T00:00:00Z`);
  for (let i = 0; i < 2; i++) {
    const local = helsinkiWallClockMs(new Date(guess));
    guess -= local - Date.parse(`${date}T00:00:00Z`);
  }
  return new Date(guess);
}

const wallClockFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: HELSINKI_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Helsinki wall-clock time of an instant, as milliseconds of a UTC date with those fields. */
function helsinkiWallClockMs(date: Date): number {
  const p = Object.fromEntries(wallClockFormat.formatToParts(date).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/**
 * Easter Sunday of a Gregorian year: the "anonymous Gregorian algorithm" (Meeus/Jones/Butcher),
 * Jean Meeus, Astronomical Algorithms, 2nd ed. (1998), ch. 8.
 */
export function easterSunday(year: number): LocalDate {
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
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first date on or after `from` that falls on the ISO weekday `weekday`. */
function weekdayOnOrAfter(from: LocalDate, weekday: number): LocalDate {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

export type FinnishHoliday =
  | 'newYear'
  | 'epiphany'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'mayDay'
  | 'ascension'
  | 'whitSunday'
  | 'midsummerEve'
  | 'midsummerDay'
  | 'allSaints'
  | 'independence'
  | 'christmasEve'
  | 'christmas'
  | 'boxingDay';

const holidayCache = new Map<number, ReadonlyMap<LocalDate, FinnishHoliday>>();

/** The Finnish public holidays (and the customary days off Midsummer Eve and Christmas Eve) of a year. */
export function finnishHolidays(year: number): ReadonlyMap<LocalDate, FinnishHoliday> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const y = String(year).padStart(4, '0');
  const list: [LocalDate, FinnishHoliday][] = [
    [`${y}-01-01`, 'newYear'],
    [`${y}-01-06`, 'epiphany'],
    [addDays(easter, -2), 'goodFriday'],
    [easter, 'easterSunday'],
    [addDays(easter, 1), 'easterMonday'],
    [`${y}-05-01`, 'mayDay'],
    [addDays(easter, 39), 'ascension'],
    [addDays(easter, 49), 'whitSunday'],
    [weekdayOnOrAfter(`${y}-06-19`, 5), 'midsummerEve'],
    [weekdayOnOrAfter(`${y}-06-20`, 6), 'midsummerDay'],
    [weekdayOnOrAfter(`${y}-10-31`, 6), 'allSaints'],
    [`${y}-12-06`, 'independence'],
    [`${y}-12-24`, 'christmasEve'],
    [`${y}-12-25`, 'christmas'],
    [`${y}-12-26`, 'boxingDay'],
  ];
  const map = new Map(list);
  holidayCache.set(year, map);
  return map;
}

/** Monday to Friday and not a Finnish public holiday (nor Midsummer Eve or Christmas Eve). */
export function isWorkingDay(date: LocalDate): boolean {
  return isoWeekday(date) <= 5 && !finnishHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * Working days after `start` up to and including `end` (0 when `end` is on or before `start`).
 * The day a report arrives is day 0: an answer on the next working day took 1 working day.
 */
export function workingDaysBetween(start: LocalDate, end: LocalDate): number {
  let count = 0;
  for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

/** The `n`th working day after `start` (the last day an answer is within a target of n working days). */
export function addWorkingDays(start: LocalDate, n: number): LocalDate {
  let d = start;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** ISO 8601 week of a local date: { year, week } (the week's Thursday decides the year). */
export function isoWeek(date: LocalDate): { readonly year: number; readonly week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** "2026-W09" */
export function isoWeekLabel(date: LocalDate): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${pad(week)}`;
}

/** The Monday of the ISO week a date is in. */
export function isoWeekStart(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

const workingDayNumbers = new Map<LocalDate, number>();
const workingDaysBeforeYear = new Map<number, number>();
/** The first year `workingDayNumber` counts from. */
const COUNT_FROM_YEAR = 1970;

function workingDaysInYear(year: number): number {
  let count = 0;
  const y = String(year).padStart(4, '0');
  for (let d = `${y}-01-01`; d.startsWith(y); d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

function workingDaysBefore(year: number): number {
  const cached = workingDaysBeforeYear.get(year);
  if (cached !== undefined) return cached;
  let total = 0;
  for (let y = COUNT_FROM_YEAR; y < year; y++) total += workingDaysInYear(y);
  // Fill the cache for every year on the way, so the next year costs one year of days.
  workingDaysBeforeYear.set(year, total);
  return total;
}

/**
 * The running number of working days from 1970-01-01 up to and including `date` (dates
 * before 1970 are not supported). With it, working days between two dates are a subtraction:
 * `workingDaysBetween(a, b) === workingDayNumber(b) - workingDayNumber(a)` for a ≤ b, and an
 * answer on date `d` is within a target of n ≥ 1 working days from `received` exactly when
 * `workingDayNumber(d) - (isWorkingDay(d) ? 1 : 0) - workingDayNumber(received) < n`.
 * The database keeps these per report so figures are computed without a calendar per row.
 */
export function workingDayNumber(date: LocalDate): number {
  const cached = workingDayNumbers.get(date);
  if (cached !== undefined) return cached;
  const year = Number(date.slice(0, 4));
  if (year < COUNT_FROM_YEAR) throw new RangeError(`workingDayNumber: ${date} is before ${COUNT_FROM_YEAR}`);
  let count = workingDaysBefore(year);
  for (let d = `${date.slice(0, 4)}-01-01`; d <= date; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  if (workingDayNumbers.size > 100_000) workingDayNumbers.clear();
  workingDayNumbers.set(date, count);
  return count;
}

/** The instant of a Helsinki wall-clock time ("YYYY-MM-DD", "HH:MM"), EET or EEST as that day has it. */
export function helsinkiInstant(date: LocalDate, time: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let guess = wall;
  for (let i = 0; i < 2; i++) guess -= helsinkiWallClockMs(new Date(guess)) - wall;
  return new Date(guess);
}

/** The Helsinki wall-clock time of an instant, "HH:MM". */
export function helsinkiTime(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return new Date(helsinkiWallClockMs(date)).toISOString().slice(11, 16);
}
