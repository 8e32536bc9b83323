import { MINUTE_MS, dayNumber, isoDate, monthBounds, startOfDay } from './helsinki-time.js';
import type { Interval } from './opening-hours.js';
import { lowerBound, mergeIntervals, subtractIntervals } from './availability.js';
import { SpaceTree } from './space.logic.js';
import type { Space, BookingUnit } from './space.schema.js';

/**
 * The measurements the programme asks for (issue 12): m² of open-access space, the number of
 * meeting places, and utilisation per space and month.
 *
 * - **Open-access m²** sums the leaf spaces whose access is open. A parent's area is the sum of
 *   its parts (or a whole that the parts divide), so counting parents too would count the same
 *   floor twice; leaves only, never twice (a test proves it on random trees).
 * - **Meeting places** are the leaf spaces with the purpose `meeting-place` or `meeting-room`.
 * - **Utilisation** of a leaf space in a month is the booked time within its opening hours
 *   divided by its opening hours (overlapping bookings counted once).
 */
export interface UnitFigures {
  readonly unitId: string;
  readonly openAccessM2: number;
  readonly bookableM2: number;
  readonly meetingPlaces: number;
  readonly spaces: number;
}

export interface AreaFigures {
  readonly openAccessM2: number;
  readonly bookableM2: number;
  readonly meetingPlaces: number;
  readonly units: readonly UnitFigures[];
}

const MEETING = new Set(['meeting-place', 'meeting-room']);

export function areaFigures(units: readonly Pick<BookingUnit, 'id'>[], spaces: readonly Space[]): AreaFigures {
  const tree = new SpaceTree(spaces);
  const perUnit = new Map<string, { openAccessM2: number; bookableM2: number; meetingPlaces: number; spaces: number }>();
  for (const u of units) perUnit.set(u.id, { openAccessM2: 0, bookableM2: 0, meetingPlaces: 0, spaces: 0 });
  for (const s of spaces) {
    if (!tree.isLeaf(s.id)) continue;
    const row = perUnit.get(s.unitId) ?? { openAccessM2: 0, bookableM2: 0, meetingPlaces: 0, spaces: 0 };
    perUnit.set(s.unitId, row);
    row.spaces++;
    if (s.access === 'open') row.openAccessM2 += s.areaM2;
    else row.bookableM2 += s.areaM2;
    if (s.purposes.some((p) => MEETING.has(p))) row.meetingPlaces++;
  }
  const rows = [...perUnit.entries()].map(([unitId, r]) => ({ unitId, ...r, openAccessM2: round1(r.openAccessM2), bookableM2: round1(r.bookableM2) }));
  const sum = (k: 'openAccessM2' | 'bookableM2' | 'meetingPlaces') => round1(rows.reduce((a, r) => a + r[k], 0));
  return { openAccessM2: sum('openAccessM2'), bookableM2: sum('bookableM2'), meetingPlaces: sum('meetingPlaces'), units: rows };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface UtilisationRow {
  readonly spaceId: string;
  /** 'YYYY-MM' */
  readonly month: string;
  readonly openHours: number;
  readonly bookedHours: number;
  /** bookedHours within opening hours / openHours, 0–1 (0 when never open). */
  readonly share: number;
}

export interface UtilisationInput {
  readonly spaces: readonly Space[];
  /** Confirmed bookings with the leaf spaces they occupy (their own time, without buffers). */
  readonly bookings: readonly { start: number; end: number; leaves: readonly string[] }[];
  /** Open intervals of a space's unit in [from, to). */
  readonly openIntervals: (space: Space, from: number, to: number) => readonly Interval[];
  /** Months 'YYYY-MM'. */
  readonly months: readonly string[];
}

export function utilisation(input: UtilisationInput): UtilisationRow[] {
  const tree = new SpaceTree(input.spaces);
  const byLeaf = new Map<string, Interval[]>();
  for (const b of input.bookings) {
    for (const leaf of b.leaves) {
      const list = byLeaf.get(leaf) ?? [];
      list.push({ start: b.start, end: b.end });
      byLeaf.set(leaf, list);
    }
  }
  const rows: UtilisationRow[] = [];
  for (const space of input.spaces) {
    if (!tree.isLeaf(space.id)) continue;
    const booked = mergeIntervals(byLeaf.get(space.id) ?? []);
    for (const month of input.months) {
      const [first, next] = monthBounds(dayNumber(`${month}-01`));
      const from = startOfDay(first);
      const to = startOfDay(next);
      const open = input.openIntervals(space, from, to);
      const openMs = total(open);
      // `booked` is sorted and merged: the month's part is found by binary search, not by
      // walking every booking of the space again for every month.
      const clipped: Interval[] = [];
      for (let k = lowerBound(booked, from); k < booked.length && booked[k]!.start < to; k++) {
        clipped.push({ start: Math.max(booked[k]!.start, from), end: Math.min(booked[k]!.end, to) });
      }
      const bookedMs = total(clipped);
      const outside = total(subtractIntervals(clipped, open));
      rows.push({
        spaceId: space.id,
        month: isoDate(first).slice(0, 7),
        openHours: round1(openMs / 60 / MINUTE_MS),
        bookedHours: round1(bookedMs / 60 / MINUTE_MS),
        share: openMs === 0 ? 0 : Math.round(((bookedMs - outside) / openMs) * 1000) / 1000,
      });
    }
  }
  return rows;
}

function total(list: readonly Interval[]): number {
  return list.reduce((a, i) => a + (i.end - i.start), 0);
}
