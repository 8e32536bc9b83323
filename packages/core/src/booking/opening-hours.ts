import { finnishHolidayOn } from './holidays.js';
import { dayNumber, dayOf, mondayOf, parseTime, wallToInstant, weekdayOf, type DayNumber, type IsoDate } from './helsinki-time.js';

/**
 * Opening hours in Hauki's model (City of Helsinki's opening hours service): date periods, each
 * with weekday time spans; exception periods override normal ones; holidays override normal
 * periods; and a span may run past midnight. How a day is resolved, in order:
 *
 *  1. the shortest **exception** period covering the day (a closed day is an exception with no
 *     span for that weekday, or a span with `closed: true`);
 *  2. a **Finnish public holiday** (computed, see holidays.ts): closed, or the `holidays` spans;
 *  3. the shortest **normal** period covering the day (so a summer period beats the all-year one);
 *  4. otherwise closed.
 *
 * A span belongs to the day it starts on: 20:00–02:00 on Friday is open until Saturday 02:00,
 * even when Saturday itself is closed. `weekInterval: 2` means every second week counted from
 * the ISO week of the period's start ("every second Tuesday").
 */
export interface OpeningSpan {
  /** ISO weekdays 1 = Monday … 7 = Sunday; omitted = every day. */
  readonly weekdays?: readonly number[];
  /** 'HH:MM' */
  readonly start: string;
  /** 'HH:MM' (24:00 allowed); an end not after the start runs into the next day. */
  readonly end: string;
  readonly closed?: boolean;
  readonly weekInterval?: number;
}

export interface DatePeriod {
  readonly start?: IsoDate | null;
  readonly end?: IsoDate | null;
  readonly kind: 'normal' | 'exception';
  readonly spans: readonly OpeningSpan[];
  readonly name?: string;
}

export interface OpeningHours {
  readonly periods: readonly DatePeriod[];
  /** On Finnish public holidays: closed (the default), these spans, or as any other day. */
  readonly holidays?: 'closed' | 'ignore' | readonly OpeningSpan[];
}

/** An interval of instants, [start, end). */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

interface CompiledSpan {
  weekdays: number;
  start: number;
  end: number;
  closed: boolean;
  weekInterval: number;
}
interface CompiledPeriod {
  start: number;
  end: number;
  exception: boolean;
  spans: CompiledSpan[];
  anchorMonday: number;
}

function compileSpan(span: OpeningSpan): CompiledSpan {
  const start = parseTime(span.start);
  let end = parseTime(span.end);
  if (end <= start) end += 1440;
  let weekdays = 0;
  for (const w of span.weekdays ?? [1, 2, 3, 4, 5, 6, 7]) weekdays |= 1 << w;
  return { weekdays, start, end, closed: span.closed === true, weekInterval: Math.max(1, span.weekInterval ?? 1) };
}

/** Opening hours prepared once, answering per day and per range quickly. */
export class CompiledOpeningHours {
  private readonly exceptions: CompiledPeriod[];
  private readonly normals: CompiledPeriod[];
  private readonly holidays: 'closed' | 'ignore' | CompiledSpan[];
  private readonly memo = new Map<DayNumber, readonly (readonly [number, number])[]>();

  constructor(hours: OpeningHours) {
    const compiled = hours.periods.map((p): CompiledPeriod => {
      const start = p.start ? dayNumber(p.start) : -1e9;
      const end = p.end ? dayNumber(p.end) : 1e9;
      return {
        start,
        end,
        exception: p.kind === 'exception',
        spans: p.spans.map(compileSpan),
        anchorMonday: mondayOf(start === -1e9 ? 0 : start),
      };
    });
    const byLength = (a: CompiledPeriod, b: CompiledPeriod) => a.end - a.start - (b.end - b.start);
    this.exceptions = compiled.filter((p) => p.exception).sort(byLength);
    this.normals = compiled.filter((p) => !p.exception).sort(byLength);
    const h = hours.holidays ?? 'closed';
    this.holidays = typeof h === 'string' ? h : h.map(compileSpan);
  }

  /** The spans of a day as minutes from its midnight, [start, end), end up to 2880. */
  spansOf(day: DayNumber): readonly (readonly [number, number])[] {
    let hit = this.memo.get(day);
    if (hit) return hit;
    hit = this.resolve(day);
    if (this.memo.size > 4000) this.memo.clear();
    this.memo.set(day, hit);
    return hit;
  }

  private resolve(day: DayNumber): (readonly [number, number])[] {
    const weekday = weekdayOf(day);
    const pick = (spans: readonly CompiledSpan[], anchorMonday: number) => {
      const out: (readonly [number, number])[] = [];
      for (const s of spans) {
        if (!(s.weekdays & (1 << weekday))) continue;
        if (s.weekInterval > 1 && Math.round((mondayOf(day) - anchorMonday) / 7) % s.weekInterval !== 0) continue;
        if (s.closed) return [];
        out.push([s.start, s.end]);
      }
      return out.sort((a, b) => a[0] - b[0]);
    };
    for (const p of this.exceptions) if (day >= p.start && day <= p.end) return pick(p.spans, p.anchorMonday);
    if (this.holidays !== 'ignore' && finnishHolidayOn(day)) {
      return this.holidays === 'closed' ? [] : pick(this.holidays, 0);
    }
    for (const p of this.normals) if (day >= p.start && day <= p.end) return pick(p.spans, p.anchorMonday);
    return [];
  }

  /** Open intervals (instants) overlapping [from, to), clipped to it, sorted and merged. */
  intervals(from: number, to: number): Interval[] {
    const out: { start: number; end: number }[] = [];
    if (to <= from) return out;
    const first = dayOf(from) - 1; // a span of the day before may run past midnight
    const last = dayOf(to);
    for (let day = first; day <= last; day++) {
      for (const [s, e] of this.spansOf(day)) {
        const start = Math.max(from, wallToInstant(day, s));
        const end = Math.min(to, wallToInstant(day, e));
        if (end <= start) continue;
        const prev = out[out.length - 1];
        if (prev && start <= prev.end) prev.end = Math.max(prev.end, end);
        else out.push({ start, end });
      }
    }
    return out;
  }

  /** Whether [start, end) lies wholly within one open stretch. */
  covers(start: number, end: number): boolean {
    const open = this.intervals(start, end);
    return open.length === 1 && open[0]!.start === start && open[0]!.end === end;
  }
}

export function compileOpeningHours(hours: OpeningHours): CompiledOpeningHours {
  return new CompiledOpeningHours(hours);
}
