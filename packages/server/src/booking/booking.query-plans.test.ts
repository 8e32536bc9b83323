/**
 * Issue 13 for space booking: the queries its routes run find their rows through an index at
 * city scale, never by reading every booking or every occupied time (testing/query-plans.ts,
 * ADR 0044), on both databases, over generated bookings (ANALYZEd). And the staff queue's
 * cursor walks a filtered queue once, in order.
 *
 * Not here: the public figures' read of the confirmed bookings of a period (confirmedTimes), an
 * aggregate over as many months of history as asked for (up to 36), read on the reader thread
 * and kept per data version (ADR 0071); for a long period reading the table is the right plan.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_CITY } from '../platform/platform.config.js';
import { analyzeForPlans, openPlanCheck, type PlanCheck } from '../testing/query-plans.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createBookingRepository, type BookingRepository } from './booking.repository.js';
import { seedBookingAtScale } from './booking.scale-seed.js';

const NOW = new Date('2026-10-01T06:00:00.000Z');
const DAY = 86_400_000;
const SIZE = 20_000;
let database: TestDatabase;
let plans: PlanCheck;
let repository: BookingRepository;

before(async () => {
  database = await createTestDatabase();
  await seedBookingAtScale(database.handle.db, { size: SIZE, seed: 5, years: 3, now: NOW });
  await analyzeForPlans(database);
  plans = await openPlanCheck(database, { guarded: ['booking_bookings', 'booking_occupancy'], aliases: ['o'] });
  repository = createBookingRepository({ db: plans.db, kind: database.kind, clock: () => NOW, secret: 'scale', publicUrl: null, cityName: DEMO_CITY.name });
});

after(async () => {
  await plans?.close();
  await database?.cleanup();
});

type QueueOptions = Parameters<BookingRepository['queue']>[0];

describe(`booking query plans at city scale use indexes (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a booking by id and by its manage code', async () => {
    const { id } = await database.handle.db.selectFrom('booking_bookings').select('id').where('status', '=', 'confirmed').limit(1).executeTakeFirstOrThrow();
    await plans.check('booking by id', () => repository.booking(id));
    await plans.check('booking by code', () => repository.withCode(id, 'ABCD-EFGH-JKLM'));
    await plans.check('unit of a booking (the staff policy)', () => repository.bookingUnit(id));
  });

  test("a resource's occupied times: a week's calendar, the first free time, the busy feed, the finder's day", async () => {
    const { leaves } = (await repository.resourceOf('library-room-1'))!;
    const now = NOW.getTime();
    await plans.check('availability of a week', () => repository.occupiedNear(leaves, now - 2 * DAY, now + 9 * DAY));
    await plans.check('first free time (400 days)', () => repository.occupiedNear(leaves, now - 2 * DAY, now + 402 * DAY));
    await plans.check('busy feed', () => repository.occupiedNear(leaves, now - 30 * DAY, now + 366 * DAY));
    const reg = await repository.register();
    const all = [...new Set(reg.resources.flatMap((r) => reg.tree.leavesOfAll(r.spaceIds)))];
    await plans.check("finder's day", () => repository.occupiedNear(all, now - DAY, now + 2 * DAY));
    const past = Date.parse('2025-03-10T00:00:00.000Z');
    await plans.check('availability of a past week', () => repository.occupiedNear(leaves, past - 2 * DAY, past + 9 * DAY));
  });

  test("the staff queue: every unit's requests, a unit's, a handler's units, by resource, by day, deep pages by cursor", async () => {
    const q = (extra: Partial<QueueOptions>): QueueOptions => ({ units: 'all', limit: 25, ...extra });
    await plans.check('pending requests of every unit', () => repository.queue(q({ status: 'pending' })));
    await plans.check('every booking', () => repository.queue(q({})));
    await plans.check('a unit', () => repository.queue(q({ unit: 'library' })));
    await plans.check('pending requests of a unit', () => repository.queue(q({ unit: 'library', status: 'pending' })));
    await plans.check("a handler's unit, pending", () => repository.queue(q({ units: ['library'], status: 'pending' })));
    await plans.check("a handler's units", () => repository.queue(q({ units: ['library', 'school'] })));
    await plans.check('a resource', () => repository.queue(q({ resource: 'library-room-1' })));
    await plans.check('a day', () => repository.queue(q({ from: '2026-09-14T21:00:00.000Z', to: '2026-09-15T21:00:00.000Z' })));
    await plans.check("a unit's day", () => repository.queue(q({ unit: 'library', from: '2026-09-14T21:00:00.000Z', to: '2026-09-15T21:00:00.000Z' })));
    let page = await repository.queue(q({ unit: 'library' }));
    for (let i = 0; i < 3; i++) page = await repository.queue(q({ unit: 'library', cursor: page.next! }));
    await plans.check('a unit by cursor', () => repository.queue(q({ unit: 'library', cursor: page.next! })));
    page = await repository.queue(q({}));
    for (let i = 0; i < 3; i++) page = await repository.queue(q({ cursor: page.next! }));
    await plans.check('every booking by cursor', () => repository.queue(q({ cursor: page.next! })));
  });

  test("the queue's cursor walks a unit's pending and confirmed bookings once, oldest first", async () => {
    const bookings = createBookingRepository({ db: database.handle.db, kind: database.kind, clock: () => NOW, secret: 'scale', publicUrl: null, cityName: DEMO_CITY.name });
    const seen: string[] = [];
    let page = await bookings.queue({ units: ['youth-space'], limit: 100 });
    const total = page.total;
    seen.push(...page.items.map((b) => `${b.createdAt}|${b.id}`));
    while (page.next) {
      page = await bookings.queue({ units: ['youth-space'], limit: 100, cursor: page.next });
      seen.push(...page.items.map((b) => `${b.createdAt}|${b.id}`));
    }
    assert.ok(total > 1000, `a queue of many pages (${total})`);
    assert.equal(seen.length, total);
    assert.deepEqual(seen, [...seen].sort());
    assert.equal(new Set(seen).size, total);
  });
});
