import { addDays, helsinkiDate, isoWeekday, type LocalDate } from '../calendar/helsinki-calendar.js';
import type { BoardOpportunity } from './board.read.schema.js';

/** What the calendar needs of an opportunity: its times and its shifts' (the board's reading, or the whole opportunity). */
type Dated = Pick<BoardOpportunity, 'startsAt' | 'endsAt'> & { readonly shifts: readonly { readonly status: string; readonly startsAt: string }[] };

/**
 * The volunteering board's calendar: a month as weeks Monday to Sunday (the Finnish week), and
 * the opportunities of each day, so the element only draws.
 */

/** "YYYY-MM" of a local date. */
export const monthOf = (date: LocalDate): string => date.slice(0, 7);

/** The month `n` months after `month` ("2026-12", 1 → "2027-01"). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The weeks of a month, Monday first; days of the neighbouring months fill the first and last week. */
export function monthWeeks(month: string): LocalDate[][] {
  const first = `${month}-01`;
  let day = addDays(first, 1 - isoWeekday(first));
  const weeks: LocalDate[][] = [];
  do {
    const week: LocalDate[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  } while (monthOf(day) === month);
  return weeks;
}

/** The same day number in another month, or that month's last day ("2026-01-31", +1 → "2026-02-28"). */
export function sameDayIn(date: LocalDate, month: string): LocalDate {
  const wanted = Number(date.slice(8, 10));
  const last = Number(addDays(`${addMonths(month, 1)}-01`, -1).slice(8, 10));
  return `${month}-${String(Math.min(wanted, last)).padStart(2, '0')}`;
}

/**
 * The opportunities of each Helsinki day: a local one on the day of each of its open shifts, an
 * imported task on each day from its start to its end (at most 62 days); ongoing ones without
 * times on no day (the list shows them).
 */
export function opportunitiesByDay<O extends Dated>(items: readonly O[]): Map<LocalDate, O[]> {
  const days = new Map<LocalDate, O[]>();
  const add = (day: LocalDate, o: O) => {
    const list = days.get(day) ?? [];
    if (!list.includes(o)) list.push(o);
    days.set(day, list);
  };
  for (const o of items) {
    const open = o.shifts.filter((s) => s.status === 'open');
    if (open.length > 0) for (const s of open) add(helsinkiDate(s.startsAt), o);
    else if (o.startsAt) {
      const end = helsinkiDate(o.endsAt ?? o.startsAt);
      let day = helsinkiDate(o.startsAt);
      for (let i = 0; i < 62 && day <= end; i++, day = addDays(day, 1)) add(day, o);
    }
  }
  return days;
}
