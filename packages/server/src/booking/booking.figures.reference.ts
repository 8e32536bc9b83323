/**
 * The public booking figures as they were computed before issue 13: every confirmed booking of
 * the months read into JavaScript in the handler, on the event loop, and handed to core's
 * `utilisation` (the route's code then). Kept as the reference the figures of
 * booking.figures.ts are tested (booking.figures.test.ts) and benchmarked
 * (bench/booking-figures.ts) against; never used to answer a request.
 */
import { areaFigures, dayNumber, startOfDay, utilisation } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import type { BookingRepository } from './booking.repository.js';

export async function referenceFigures(db: Kysely<Database>, repository: BookingRepository, start: string, months: number) {
  const reg = await repository.register();
  const list: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  for (let i = 0; i < months; i++) {
    list.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  const fromMs = startOfDay(dayNumber(`${list[0]}-01`));
  const toMs = startOfDay(dayNumber(`${y}-${String(m).padStart(2, '0')}-01`));
  const confirmed = (
    await db
      .selectFrom('booking_bookings')
      .select(['start_at', 'end_at', 'resource_id'])
      .where('status', '=', 'confirmed')
      .where('start_at', '<', new Date(toMs).toISOString())
      .where('end_at', '>', new Date(fromMs).toISOString())
      .execute()
  ).map((r) => ({ start: Date.parse(r.start_at), end: Date.parse(r.end_at), resourceId: r.resource_id }));
  const leavesOf = new Map(reg.resources.map((r) => [r.id, reg.tree.leavesOfAll(r.spaceIds)]));
  const unitHours = new Map(reg.units.map((u) => [u.id, u]));
  const rows = utilisation({
    spaces: reg.spaces,
    bookings: confirmed.map((b) => ({ start: b.start, end: b.end, leaves: leavesOf.get(b.resourceId) ?? [] })),
    months: list,
    openIntervals: (space, a, b) => {
      const resource = reg.resources.find((r) => reg.tree.leavesOfAll(r.spaceIds).includes(space.id));
      const unit = unitHours.get(space.unitId);
      if (resource) return repository.hoursOf(resource).intervals(a, b);
      if (unit) return repository.hoursOf({ ...reg.resources[0]!, id: `unit:${unit.id}`, openingHours: unit.openingHours }).intervals(a, b);
      return [];
    },
  });
  return {
    area: areaFigures(reg.units, reg.spaces),
    utilisation: rows,
    months: list,
    units: reg.units.map((u) => ({ id: u.id, name: u.name })),
    spaces: reg.spaces.filter((s) => reg.tree.isLeaf(s.id)).map((s) => ({ id: s.id, unitId: s.unitId, name: s.name, access: s.access, areaM2: s.areaM2, purposes: s.purposes })),
  };
}
