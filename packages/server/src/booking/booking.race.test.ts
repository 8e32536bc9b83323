/**
 * "Two live bookings never overlap" under concurrency (issue 12, ADR 0029), on the database the
 * run uses (KOHTAAMO_TEST_DB=sqlite | postgresql):
 *  - 200 concurrent HTTP requests for one slot confirm exactly one;
 *  - concurrent requests for the whole gym and its halves never leave a half double-booked;
 *  - a fast-check property: random sequences of book, cancel, move and series operations, run
 *    in concurrent batches, never leave two live bookings (or a block) overlapping on a leaf.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { BOOKING_PATHS, parseWall } from '@kohtaamo/core';
import { sql } from 'kysely';
import { person, startBooking, type BookingHarness } from './booking.test-support.js';

let h: BookingHarness;
const at = (wall: string) => new Date(parseWall(wall)).toISOString();

before(async () => {
  h = await startBooking();
});
after(async () => {
  await h?.close();
});

/** Every pair of live occupancies that overlap on a leaf (must be none). */
async function overlaps(): Promise<unknown[]> {
  const { rows } = await sql<{ a: string; b: string; leaf: string }>`
    select x.owner_id as a, y.owner_id as b, x.leaf_id as leaf
    from booking_occupancy x join booking_occupancy y
      on x.leaf_id = y.leaf_id and x.owner_id < y.owner_id and x.start_ms < y.end_ms and y.start_ms < x.end_ms`.execute(h.database.handle.db);
  // And the bookings' own view: live bookings of resources sharing a leaf.
  return rows;
}

describe(`no overlapping bookings under concurrency (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('on PostgreSQL the exclusion constraint is in force', async (t) => {
    if (h.database.kind !== 'postgresql') return t.skip('SQLite serialises writers instead');
    const row = await h.database.handle.db.selectFrom('booking_occupancy_guard').select('guard').executeTakeFirstOrThrow();
    assert.equal(row.guard, 'exclusion');
  });

  test('200 concurrent requests for one slot: exactly one is confirmed, 199 are told it is taken', async () => {
    const body = (i: number) => ({ resourceId: 'library-room-1', start: at('2026-10-06T10:00'), end: at('2026-10-06T12:00'), ...person(`race${i}`) });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => h.call('POST', BOOKING_PATHS.bookings, body(i))));
    const statuses = answers.map((r) => r.status);
    await Promise.all(answers.map((r) => r.arrayBuffer()));
    assert.equal(statuses.filter((s) => s === 201).length, 1, JSON.stringify(statuses.filter((s) => s !== 409 && s !== 201)));
    assert.equal(statuses.filter((s) => s === 409).length, 199);
    const live = await h.database.handle.db.selectFrom('booking_bookings').select('id').where('resource_id', '=', 'library-room-1').where('start_at', '=', at('2026-10-06T10:00')).execute();
    assert.equal(live.length, 1);
  });

  test('the whole gym and its halves requested at once: no half is ever taken twice', async () => {
    const resources = ['school-gym', 'school-gym-a', 'school-gym-b'];
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        h.call('POST', BOOKING_PATHS.bookings, { resourceId: resources[i % 3], start: at('2026-10-07T18:00'), end: at('2026-10-07T20:00'), ...person(`gym${i}`) }),
      ),
    );
    const ok = answers.filter((r) => r.status === 201).length;
    await Promise.all(answers.map((r) => r.arrayBuffer()));
    assert.ok(ok === 1 || ok === 2, `${ok} bookings`);
    assert.deepEqual(await overlaps(), []);
  });

  test('property: random concurrent book / cancel / move / series sequences never leave an overlap', async () => {
    const resources = ['school-gym', 'school-gym-a', 'school-gym-b', 'library-room-1', 'library-room-2', 'library-rooms-both'];
    const evening = (resource: string) => (resource.startsWith('school') ? 17 : 10);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('book' as const), resource: fc.constantFrom(...resources), day: fc.integer({ min: 0, max: 3 }), slot: fc.integer({ min: 0, max: 6 }), length: fc.integer({ min: 2, max: 5 }) }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), slot: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ kind: fc.constant('series' as const), resource: fc.constantFrom(...resources), slot: fc.integer({ min: 0, max: 6 }) }),
    );
    let round = 0;
    let madeTotal = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), async (batches) => {
        round++;
        // Each run on its own week, far from the other tests' bookings.
        const week = parseWall('2026-11-16T00:00') + (round % 8) * 7 * 86_400_000;
        const made: { id: string; code: string }[] = [];
        for (const batch of batches) {
          await Promise.all(
            batch.map(async (o, i) => {
              if (o.kind === 'book') {
                const start = week + o.day * 86_400_000 + (evening(o.resource) * 60 + o.slot * 30) * 60_000;
                const r = await h.call('POST', BOOKING_PATHS.bookings, { resourceId: o.resource, start: new Date(start).toISOString(), end: new Date(start + o.length * 30 * 60_000).toISOString(), ...person(`p${round}-${i}`) });
                if (r.status === 201) {
                  const b = (await r.json()) as { id: string; manageCode: string };
                  made.push({ id: b.id, code: b.manageCode });
                  madeTotal++;
                } else await r.arrayBuffer();
              } else if (o.kind === 'series') {
                const day = new Date(week).toISOString().slice(0, 10);
                const hh = String(evening(o.resource) + Math.floor(o.slot / 2)).padStart(2, '0');
                const r = await h.staff('POST', `${BOOKING_PATHS.staff}/resources/${o.resource}/series`, { start: `${day}T${hh}:${o.slot % 2 ? '30' : '00'}`, durationMinutes: 60, rrule: 'FREQ=DAILY;COUNT=4', ...person(`s${round}-${i}`) });
                await r.arrayBuffer();
              } else if (made.length > 0) {
                const target = made[o.pick % made.length]!;
                const url = `${BOOKING_PATHS.bookings}/${target.id}`;
                if (o.kind === 'cancel') await (await h.call('POST', `${url}/cancel`, undefined, { 'Manage-Code': target.code })).arrayBuffer();
                else {
                  const start = week + (17 * 60 + o.slot * 30) * 60_000;
                  await (await h.call('POST', `${url}/reschedule`, { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() }, { 'Manage-Code': target.code })).arrayBuffer();
                }
              }
            }),
          );
        }
        assert.deepEqual(await overlaps(), []);
        // Every live booking has its occupancy, and no cancelled or denied one has any.
        const { rows } = await sql<{ n: number }>`
          select count(*) as n from booking_bookings b
          where (b.status in ('pending', 'confirmed')) <> exists (select 1 from booking_occupancy o where o.owner_id = b.id)`.execute(h.database.handle.db);
        assert.equal(Number(rows[0]!.n), 0);
      }),
      { numRuns: 25 },
    );
    // Not a vacuous pass: many bookings were made (and many refused) along the way.
    assert.ok(madeTotal >= 10, `only ${madeTotal} bookings made`);
  });
});
