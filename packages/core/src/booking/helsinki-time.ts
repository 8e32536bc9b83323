/**
 * Wall-clock time in Europe/Helsinki without Intl, fast enough for availability searches over a
 * year (issue 12). Finland follows the EU rule since 1996: EET (UTC+2), and EEST (UTC+3) from
 * the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. The tests compare
 * every function with Intl's tz database over 1996–2037.
 *
 * Days are counted as `DayNumber`s (days since 1970-01-01, the calendar date in Helsinki);
 * times of day as minutes from local midnight; instants as epoch milliseconds.
 */

export type DayNumber = number;
/** 'YYYY-MM-DD' */
export type IsoDate = string;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const dstCache = new Map<number, readonly [number, number]>();

/** The instants (ms) summer time starts and ends in a year. */
export function summerTime(year: number): readonly [number, number] {
  let hit = dstCache.get(year);
  if (!hit) {
    hit = [lastSundayUtc(year, 2) + HOUR_MS, lastSundayUtc(year, 9) + HOUR_MS];
    dstCache.set(year, hit);
  }
  return hit;
}

function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0);
  const weekday = new Date(lastDay).getUTCDay(); // 0 = Sunday
  return lastDay - weekday * DAY_MS;
}

/** Minutes Helsinki is ahead of UTC at an instant: 120 or 180. */
export function helsinkiOffsetMinutes(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  const [start, end] = summerTime(year);
  return instant >= start && instant < end ? 180 : 120;
}

/**
 * The instant of a Helsinki wall-clock time. In the spring gap (03:00–03:59 does not exist) the
 * time moves an hour later; in the autumn overlap (03:00–03:59 happens twice) the first, summer
 * time one is meant.
 */
export function wallToInstant(day: DayNumber, minutes: number): number {
  const local = day * DAY_MS + minutes * MINUTE_MS;
  const summer = local - 3 * HOUR_MS;
  if (helsinkiOffsetMinutes(summer) === 180) return summer;
  return local - 2 * HOUR_MS;
}

/** The Helsinki calendar day and minute of day of an instant. */
export function instantToWall(instant: number): { day: DayNumber; minutes: number } {
  const local = instant + helsinkiOffsetMinutes(instant) * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, minutes: Math.floor((local - day * DAY_MS) / MINUTE_MS) };
}

/** The Helsinki calendar day of an instant. */
export function dayOf(instant: number): DayNumber {
  return Math.floor((instant + helsinkiOffsetMinutes(instant) * MINUTE_MS) / DAY_MS);
}

/** Local midnight of a day (the first instant of the Helsinki date). */
export function startOfDay(day: DayNumber): number {
  return wallToInstant(day, 0);
}

export function dayNumber(date: IsoDate): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date: ${date}`);
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

export function isoDate(day: DayNumber): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayFromParts(year: number, month: number, date: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week a day is in. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - weekdayOf(day) + 1;
}

/** 'HH:MM' (00:00–24:00) to minutes of the day. */
export function parseTime(text: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) throw new RangeError(`Not a time: ${text}`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 1440) throw new RangeError(`Not a time: ${text}`);
  return minutes;
}

export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** An instant as Helsinki wall-clock 'YYYY-MM-DDTHH:MM'. */
export function formatWall(instant: number): string {
  const { day, minutes } = instantToWall(instant);
  return `${isoDate(day)}T${formatTime(minutes)}`;
}

/** 'YYYY-MM-DDTHH:MM' in Helsinki wall-clock time to an instant. */
export function parseWall(text: string): number {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(text);
  if (!match) throw new RangeError(`Not a wall-clock time: ${text}`);
  return wallToInstant(dayNumber(match[1]!), parseTime(match[2]!));
}

/** The first day of the month of a day, and of the next month. */
export function monthBounds(day: DayNumber): readonly [DayNumber, DayNumber] {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return [Math.floor(Date.UTC(y, m, 1) / DAY_MS), Math.floor(Date.UTC(y, m + 1, 1) / DAY_MS)];
}
