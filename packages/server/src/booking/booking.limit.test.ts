/** The per-person active-booking limit under concurrency (issue 12): 10 bookings by one person at once, limit 2: exactly 2 made. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOOKING_PATHS, parseWall } from '@kohtaamo/core';
import { startBooking, type BookingHarness } from './booking.test-support.js';

let h: BookingHarness;
const at = (wall: string) => new Date(parseWall(wall)).toISOString();
before(async () => {
  h = await startBooking();
});
after(async () => {
  await h?.close();
});

describe(`the per-person limit under concurrency (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('10 concurrent bookings of the music studio (at most 2 active per person) by one person on different days: exactly 2 are made', async () => {
    const days = ['2026-10-06', '2026-10-07', '2026-10-08', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-27'];
    const answers = await Promise.all(days.map((d) => h.call('POST', BOOKING_PATHS.bookings, { resourceId: 'heimo-studio', start: at(`${d}T15:00`), end: at(`${d}T16:00`), name: 'Limit Person', email: 'limit@example.fi' })));
    const statuses = answers.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 2, statuses.join(','));
    const rows = await h.database.handle.db.selectFrom('booking_bookings').select('id').where('email', '=', 'limit@example.fi').execute();
    assert.equal(rows.length, 2);
  });
});
