import { DAY_MS, MINUTE_MS, instantToWall, startOfDay, wallToInstant, type DayNumber } from './helsinki-time.js';
import type { CompiledOpeningHours, Interval } from './opening-hours.js';
import type { ResourceRules } from './space.schema.js';

/**
 * Free time of a resource: its opening hours minus what is taken on its leaf spaces, on its
 * slot grid, within its booking window. One sweep over sorted intervals, so a year of a
 * resource with thousands of bookings takes milliseconds (bench/booking.ts).
 *
 * Buffers: a new booking [s, s+d) occupies [s − before, s + d + after) and must not meet any
 * occupied interval [a, b). That is the same as [s, s+d) not meeting [a − after, b + before),
 * so the occupied intervals are widened once and the search looks only at the booking's time.
 */
export interface AvailabilityInput {
  readonly rules: ResourceRules;
  readonly hours: CompiledOpeningHours;
  /** Occupied intervals on any of the resource's leaf spaces (occupancyOf), any order. */
  readonly busy: readonly Interval[];
  readonly now: number;
  /** Staff see past the resident's window. */
  readonly staff?: boolean;
}

export interface Slot {
  readonly start: number;
  readonly end: number;
}

export type CellState = 'free' | 'busy' | 'closed' | 'outside';
export interface Cell extends Slot {
  readonly state: CellState;
}

/** Sorted, merged copy of intervals. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const i of sorted) {
    if (i.end <= i.start) continue;
    const prev = out[out.length - 1];
    if (prev && i.start <= prev.end) prev.end = Math.max(prev.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** `open` minus `taken`; both sorted and merged. */
export function subtractIntervals(open: readonly Interval[], taken: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = lowerBound(taken, open[0]?.start ?? 0);
  for (const o of open) {
    let cursor = o.start;
    while (j < taken.length && taken[j]!.end <= cursor) j++;
    let k = j;
    while (k < taken.length && taken[k]!.start < o.end) {
      const t = taken[k]!;
      if (t.start > cursor) out.push({ start: cursor, end: t.start });
      cursor = Math.max(cursor, t.end);
      if (cursor >= o.end) break;
      k++;
    }
    if (cursor < o.end) out.push({ start: cursor, end: o.end });
  }
  return out;
}

/** The first index whose interval ends after `at` (taken is sorted and merged). */
/** The index of the first of `taken` (sorted, merged) that ends after `at`. */
export function lowerBound(taken: readonly Interval[], at: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first instant at or after `t` on the slot grid (multiples of the slot from local midnight). */
export function alignUp(t: number, slotMinutes: number): number {
  const { day, minutes } = instantToWall(t);
  const fraction = t - Math.floor(t / MINUTE_MS) * MINUTE_MS;
  if (fraction === 0 && minutes % slotMinutes === 0) return t;
  let m = Math.ceil((minutes + 1) / slotMinutes) * slotMinutes;
  let r = wallToInstant(day, m);
  // In the autumn overlap hour the wall clock repeats: step on until the grid is ahead of t.
  while (r < t) r = wallToInstant(day, (m += slotMinutes));
  return r;
}

/** Availability of one resource, prepared once (busy sorted and widened) for many questions. */
export class Availability {
  private readonly taken: Interval[];
  constructor(private readonly input: AvailabilityInput) {
    const { bufferBeforeMinutes: before, bufferAfterMinutes: after } = input.rules;
    this.taken = mergeIntervals(input.busy.map((b) => ({ start: b.start - after * MINUTE_MS, end: b.end + before * MINUTE_MS })));
  }

  /** The booking window: [now + lead, now + days ahead] for residents. */
  window(): Interval {
    const { rules, now, staff } = this.input;
    if (staff) return { start: now, end: now + 730 * DAY_MS };
    return { start: now + rules.minLeadMinutes * MINUTE_MS, end: now + rules.bookableDaysAhead * DAY_MS + 1 };
  }

  /** Open and not taken, within [from, to) and the window. */
  freeIntervals(from: number, to: number): Interval[] {
    const w = this.window();
    const a = Math.max(from, Math.min(w.start, to));
    const b = Math.min(to, Math.max(w.end + this.input.rules.maxMinutes * MINUTE_MS, a));
    if (b <= a) return [];
    return subtractIntervals(this.input.hours.intervals(a, b), this.taken);
  }

  /**
   * Every grid start in [from, to) where a booking of `minutes` (default: the minimum, at least
   * one slot) fits; the starts lie in the window.
   */
  freeSlots(from: number, to: number, minutes?: number): Slot[] {
    const { rules } = this.input;
    const length = (minutes ?? Math.max(rules.minMinutes, rules.slotMinutes)) * MINUTE_MS;
    const w = this.window();
    const out: Slot[] = [];
    for (const f of this.freeIntervals(from, to + length)) {
      let s = alignUp(f.start, rules.slotMinutes);
      while (s + length <= f.end) {
        if (s >= w.start && s <= w.end && s >= from && s < to) out.push({ start: s, end: s + length });
        s = alignUp(s + rules.slotMinutes * MINUTE_MS, rules.slotMinutes);
      }
    }
    return out;
  }

  /** The first start from `from` on where `minutes` fit, searched month by month; null if none. */
  firstFree(from: number, minutes: number, until?: number): Slot | null {
    const { rules } = this.input;
    const length = minutes * MINUTE_MS;
    const w = this.window();
    const last = Math.min(until ?? Infinity, w.end);
    let chunkStart = Math.max(from, w.start);
    while (chunkStart <= last) {
      const chunkEnd = Math.min(chunkStart + 31 * DAY_MS, last + 1);
      // Look a little past the chunk so a booking crossing its edge is seen whole.
      for (const f of this.freeIntervals(chunkStart, chunkEnd + length)) {
        const s = alignUp(f.start, rules.slotMinutes);
        if (s < chunkEnd && s + length <= f.end && s <= last) return { start: s, end: s + length };
      }
      chunkStart = chunkEnd;
    }
    return null;
  }

  /** The grid cells of one day for a calendar, each free, busy, closed or outside the window. */
  dayCells(day: DayNumber): Cell[] {
    const { rules, hours } = this.input;
    const from = startOfDay(day);
    const to = startOfDay(day + 1);
    const open = hours.intervals(from, to);
    const w = this.window();
    const step = rules.slotMinutes * MINUTE_MS;
    const cells: Cell[] = [];
    let j = 0;
    for (let s = from; s < to; s += step) {
      const e = Math.min(s + step, to);
      const isOpen = open.some((o) => o.start <= s && e <= o.end);
      let state: CellState = 'closed';
      if (isOpen) {
        while (j < this.taken.length && this.taken[j]!.end <= s) j++;
        const t = this.taken[j];
        if (s < w.start || s > w.end) state = 'outside';
        else state = t && t.start < e ? 'busy' : 'free';
      }
      cells.push({ start: s, end: e, state });
    }
    return cells;
  }
}

export function createAvailability(input: AvailabilityInput): Availability {
  return new Availability(input);
}
