/**
 * A booking retried after a lost answer (ADR 0004's keys, reused by booking): the same
 * Idempotency-Key returns the same booking and manage code, never a double and never a
 * refusal, also when 20 retries race; another body under the key is refused; the manage code
 * is derived from the key, never stored in plain text.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
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

describe(`booking retries with an Idempotency-Key (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('20 concurrent sends of one booking under one key: all 201 with the same booking and code, one row, one mail; another body under the key is refused', async () => {
    const key = `retry-${randomUUID()}`;
    const body = { resourceId: 'library-room-1', start: at('2026-10-06T14:00'), end: at('2026-10-06T15:00'), name: 'Retry Resident', email: 'retry@example.fi' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.call('POST', BOOKING_PATHS.bookings, body, { 'Idempotency-Key': key })));
    assert.deepEqual([...new Set(answers.map((r) => r.status))], [201]);
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { id: string; manageCode: string; status: string }[];
    assert.equal(new Set(bodies.map((b) => b.id)).size, 1);
    assert.equal(new Set(bodies.map((b) => b.manageCode)).size, 1);
    const rows = await h.database.handle.db.selectFrom('booking_bookings').select('id').where('email', '=', 'retry@example.fi').execute();
    assert.equal(rows.length, 1);
    const mails = await h.database.handle.db.selectFrom('email_outbox').select('id').where('subject_id', '=', rows[0]!.id).execute();
    assert.equal(mails.length, 1);
    // The code from a replay opens the booking; it is nowhere in the stored answer.
    const read = await h.call('GET', `${BOOKING_PATHS.bookings}/${bodies[0]!.id}`, undefined, { 'Manage-Code': bodies[0]!.manageCode });
    assert.equal(read.status, 200);
    const stored = await h.database.handle.db.selectFrom('idempotency_keys').selectAll().execute();
    assert.ok(!JSON.stringify(stored).includes(bodies[0]!.manageCode));
    // Later, the same key again: the same booking (a retry after a network drop), not a conflict.
    const again = await h.call('POST', BOOKING_PATHS.bookings, body, { 'Idempotency-Key': key });
    assert.equal(again.status, 201);
    assert.equal(((await again.json()) as { id: string }).id, bodies[0]!.id);
    const other = await h.call('POST', BOOKING_PATHS.bookings, { ...body, start: at('2026-10-06T16:00'), end: at('2026-10-06T17:00') }, { 'Idempotency-Key': key });
    assert.equal(other.status, 422);
    // Without a key, the same request is a second booking attempt: refused, the time is taken.
    assert.equal((await h.call('POST', BOOKING_PATHS.bookings, body)).status, 409);
  });
});
