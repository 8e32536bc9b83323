/**
 * What <kohtaamo-space-console> asks of the server (ADR 0039), on a real database: the queue by
 * resource, the day's bookings and blocks of a unit, a block refused over a booking, a booking
 * on someone's behalf past the resident-only rules, and grants per unit on each of them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOOKING_PATHS, parseWall } from '@kohtaamo/core';
import { DEFAULT_DEMO_DIR } from '../demo/demo.routes.js';
import { DEMO_CITY } from '../platform/platform.config.js';
import { seedBookingDemo } from './booking.seed.js';
import { expectStatus, person, startBooking, type BookingHarness } from './booking.test-support.js';

let h: BookingHarness;
const P = BOOKING_PATHS;
const S = P.staff;
const at = (wall: string) => new Date(parseWall(wall)).toISOString();

before(async () => {
  h = await startBooking();
});
after(async () => {
  await h?.close();
});

describe(`the space console's server side (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the staff demo page embeds the console in fi, sv and en through the loader, staff.html links it, and the demo seed leaves requests of spaces that need handling', async () => {
    const page = readFileSync(join(DEFAULT_DEMO_DIR, 'staff-tilat.html'), 'utf8');
    for (const lang of ['fi', 'sv', 'en']) assert.ok(page.includes(`<kohtaamo-space-console api="" lang="${lang}"></kohtaamo-space-console>`), lang);
    assert.ok(page.includes('<script type="module" src="/widgets/kohtaamo.js"></script>'));
    assert.ok(!/token=|style=/.test(page), 'no token attribute, no inline style');
    assert.ok(readFileSync(join(DEFAULT_DEMO_DIR, 'staff.html'), 'utf8').includes('href="/staff-tilat.html"'));
    const demo = await startBooking(new Date());
    try {
      await seedBookingDemo(demo.database.handle.db, demo.repository, DEMO_CITY, demo.now);
      const pending = await expectStatus(demo.staff('GET', `${S}/bookings?status=pending`), 200);
      assert.deepEqual(pending.items.map((b: { resourceId: string }) => b.resourceId).sort(), ['library-rooms-both', 'school-gym']);
    } finally {
      await demo.close();
    }
  });

  test('the queue filters by resource; the day view lists a unit\'s bookings and blocks of one Helsinki date', async () => {
    const gym = await expectStatus(h.call('POST', P.bookings, { resourceId: 'school-gym', start: at('2026-10-07T18:00'), end: at('2026-10-07T20:00'), ...person('c1') }), 201);
    assert.equal(gym.status, 'pending');
    await expectStatus(h.call('POST', P.bookings, { resourceId: 'library-rooms-both', start: at('2026-10-07T10:00'), end: at('2026-10-07T12:00'), ...person('c2') }), 201);
    const onlyGym = await expectStatus(h.staff('GET', `${S}/bookings?status=pending&resource=school-gym`), 200);
    assert.deepEqual(onlyGym.items.map((b: { id: string }) => b.id), [gym.id]);

    const block = await expectStatus(h.staff('POST', `${S}/spaces/school-gym-b/blocks`, { start: at('2026-10-07T17:00'), end: at('2026-10-07T18:00'), reason: 'Lattian vahaus' }), 201);
    const day = await expectStatus(h.staff('GET', `${S}/bookings?unit=school&date=2026-10-07`), 200);
    assert.deepEqual(day.items.map((b: { id: string }) => b.id), [gym.id]);
    const blocks = await expectStatus(h.staff('GET', `${S}/blocks?unit=school&date=2026-10-07`), 200);
    assert.deepEqual(blocks.items, [{ id: block.id, spaceId: 'school-gym-b', start: at('2026-10-07T17:00'), end: at('2026-10-07T18:00'), reason: 'Lattian vahaus' }]);
    assert.deepEqual((await expectStatus(h.staff('GET', `${S}/blocks?unit=school&date=2026-10-08`), 200)).items, []);
    // A handler of the library only may not read the school's blocks; a bad date is a pointer.
    assert.equal((await h.staff('GET', `${S}/blocks?unit=school&date=2026-10-07`, undefined, h.libraryHandler)).status, 403);
    const bad = await h.staff('GET', `${S}/blocks?unit=school&date=7.10.2026`);
    assert.equal(bad.status, 422);
    assert.equal(((await bad.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/date');
  });

  test('a block over a pending request is refused (409, problem+json); staff book on someone\'s behalf inside the lead time, confirmed at once, with a manage code', async () => {
    const pending = await expectStatus(h.call('POST', P.bookings, { resourceId: 'library-rooms-both', start: at('2026-10-08T10:00'), end: at('2026-10-08T12:00'), ...person('c3') }), 201);
    const clash = await h.staff('POST', `${S}/spaces/library-room-1/blocks`, { start: at('2026-10-08T11:00'), end: at('2026-10-08T13:00'), reason: '' });
    assert.equal(clash.status, 409);
    assert.match(clash.headers.get('content-type') ?? '', /problem\+json/);
    assert.ok(pending.id);
    // 06:00 UTC is 09:00 in Helsinki; a resident may not book within the hour, staff may.
    const soon = await h.call('POST', P.bookings, { resourceId: 'library-room-2', start: at('2026-10-01T09:30'), end: at('2026-10-01T10:30'), ...person('c4') });
    assert.equal(soon.status, 422);
    const made = await expectStatus(h.staff('POST', `${S}/resources/library-room-2/bookings`, { start: at('2026-10-01T09:30'), end: at('2026-10-01T10:30'), ...person('c4'), organisation: 'Kyläyhdistys', lang: 'en' }), 201);
    assert.equal(made.status, 'confirmed');
    assert.equal(made.onBehalf, true);
    assert.match(made.manageCode, /^[0-9A-Z]{4}-/);
    const mail = await h.database.handle.db.selectFrom('email_outbox').select(['to_address', 'subject']).where('subject_id', '=', made.id).executeTakeFirst();
    assert.ok(mail, 'the person is mailed their booking');
  });
});
