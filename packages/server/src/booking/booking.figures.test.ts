/**
 * The public booking figures at city scale (issue 13): the bookings' times read on the reader,
 * the utilisation computed in a worker thread, the answer kept until the data change and sent
 * with an ETag (booking.figures.ts). They must equal the computation they replaced (the
 * reference below: every confirmed booking read into JavaScript in the handler) on generated
 * data: bookings around the clock (partly outside opening hours), across a space and its
 * sub-spaces, and one stretched over a month's end and another booking.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BOOKING_PATHS } from '@kohtaamo/core';
import { closeFiguresWorker } from './booking.figures.js';
import { referenceFigures } from './booking.figures.reference.js';
import { seedBookingAtScale } from './booking.scale-seed.js';
import { expectStatus, person, startBooking, type BookingHarness } from './booking.test-support.js';

const P = BOOKING_PATHS;
const NOW = new Date('2026-10-01T06:00:00.000Z');
let h: BookingHarness;

before(async () => {
  h = await startBooking(NOW);
  await seedBookingAtScale(h.database.handle.db, { size: 4000, seed: 5, years: 3, now: NOW });
});
after(async () => {
  await closeFiguresWorker(h.database.handle.db);
  await h?.close();
});

const reference = (start: string, months: number) => referenceFigures(h.database.handle.db, h.repository, start, months);

test(`the figures equal the booking-by-booking reference on generated data, and carry an ETag (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const db = h.database.handle.db;
  // One confirmed booking stretched over the end of March 2025 (into April, over the next ones).
  const march = await db
    .selectFrom('booking_bookings')
    .select('id')
    .where('status', '=', 'confirmed')
    .where('resource_id', '=', 'library-room-1')
    .where('start_at', '>=', '2025-03-31T00:00:00.000Z')
    .orderBy('start_at')
    .executeTakeFirstOrThrow();
  await db.updateTable('booking_bookings').set({ start_at: '2025-03-31T18:30:00.000Z', end_at: '2025-04-01T03:15:00.000Z' }).where('id', '=', march.id).execute();

  for (const [from, months] of [
    ['2023-10', 36],
    ['2025-03', 2],
  ] as const) {
    const response = await h.call('GET', `${P.figures}?from=${from}&months=${months}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('etag') ?? '', /^"[\w-]+"$/);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    const figures = (await response.json()) as Awaited<ReturnType<typeof reference>>;
    const expected = await reference(from, months);
    assert.ok(expected.utilisation.filter((r) => r.bookedHours > 0 && r.share < r.bookedHours / r.openHours).length > 10, 'bookings partly outside opening hours');
    assert.deepEqual(figures, JSON.parse(JSON.stringify(expected)));
  }
  const april = (await reference('2025-04', 1)).utilisation.find((r) => r.spaceId === 'library-room-1')!;
  assert.ok(april.bookedHours > 0, 'the stretched booking counts in April');

  // The CSV is the same rows.
  const csv = await expectStatus(h.call('GET', `${P.figures}.csv?from=2025-03&months=2`), 200);
  const expectedCsv = (await reference('2025-03', 2)).utilisation.map((r) => `${r.spaceId},${r.month},${r.openHours},${r.bookedHours},${r.share}`);
  assert.deepEqual(String(csv).trim().split('\r\n').slice(1), expectedCsv);

  // The default period is this year; a client holding the answer gets a 304; a new booking
  // changes the answer and its ETag.
  const first = await h.call('GET', P.figures);
  const etag = first.headers.get('etag')!;
  assert.deepEqual(await first.json(), JSON.parse(JSON.stringify(await reference('2026-01', 12))));
  const held = await h.call('GET', P.figures, undefined, { 'If-None-Match': etag });
  assert.equal(held.status, 304);
  assert.equal(held.headers.get('etag'), etag);
  const made = await expectStatus(
    h.call('POST', P.bookings, { resourceId: 'library-room-1', start: '2026-10-07T07:00:00.000Z', end: '2026-10-07T08:00:00.000Z', ...person('figures') }),
    201,
  );
  assert.equal(made.status, 'confirmed');
  const again = await h.call('GET', P.figures, undefined, { 'If-None-Match': etag });
  assert.equal(again.status, 200);
  assert.notEqual(again.headers.get('etag'), etag);
  assert.deepEqual(await again.json(), JSON.parse(JSON.stringify(await reference('2026-01', 12))));
});
