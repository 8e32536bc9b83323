/**
 * "At most N" under concurrency (issue 11): 200 simultaneous sign-ups for a shift of 10 seats
 * with a waiting list of 20 give exactly 10 attending, 20 waiting and 170 clear refusals, on
 * SQLite and PostgreSQL (KOHTAAMO_TEST_DB), over HTTP, through the real transaction path.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, VOLUNTEERING_PROBLEM_TYPES } from '@kohtaamo/core';
import { LATU, opportunityWithShift, person, startVolunteering, type VolunteeringHarness } from './volunteering.test-support.js';

let h: VolunteeringHarness;
before(async () => {
  h = await startVolunteering();
});
after(async () => {
  await h?.close();
});

describe(`seat capacity under concurrency (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('200 concurrent sign-ups for 10 seats: exactly 10 attending, 20 waiting, 170 refused', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 10, waitingListCapacity: 20 });
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, person(i), { 'Idempotency-Key': `race-${i}-0123456789abcdef` })),
    );
    const ms = performance.now() - started;
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ status?: string; type?: string; position?: number }>));
    const statuses = responses.map((r) => r.status);
    assert.deepEqual([...new Set(statuses)].sort(), [201, 409], `statuses ${[...new Set(statuses)]}`);
    const attending = bodies.filter((b) => b.status === 'attending').length;
    const waiting = bodies.filter((b) => b.status === 'waiting');
    const refused = bodies.filter((b) => b.type === VOLUNTEERING_PROBLEM_TYPES.full).length;
    assert.equal(attending, 10);
    assert.equal(waiting.length, 20);
    assert.equal(refused, 170);
    // Positions on the waiting list are 1…20, each once.
    assert.deepEqual(waiting.map((w) => w.position).sort((a, b) => a! - b!), Array.from({ length: 20 }, (_, i) => i + 1));
    const db = h.database.handle.db;
    const rows = await db.selectFrom('volunteering_signups').select(['status']).where('shift_id', '=', shift.id).execute();
    assert.equal(rows.filter((r) => r.status === 'attending').length, 10);
    assert.equal(rows.filter((r) => r.status === 'waiting').length, 20);
    assert.equal(rows.length, 30);
    // Every stored sign-up had its mail queued in the same transaction; refused ones none.
    const mails = await db.selectFrom('email_outbox').select('id').where('domain', '=', 'volunteering').execute();
    assert.equal(mails.length, 30);
    console.log(`# 200 concurrent sign-ups on ${h.database.kind}: ${Math.round(ms)} ms`);
  });

  test('groups under concurrency: 60 sign-ups of 1–3 people never seat more than the capacity', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 10, waitingListCapacity: 5, maxGroupSize: 3 });
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, person(1000 + i, { groupSize: 1 + (i % 3) }))),
    );
    await Promise.all(responses.map((r) => r.arrayBuffer()));
    const rows = await h.database.handle.db.selectFrom('volunteering_signups').select(['status', 'group_size']).where('shift_id', '=', shift.id).execute();
    const sum = (s: string) => rows.filter((r) => r.status === s).reduce((a, r) => a + r.group_size, 0);
    assert.ok(sum('attending') <= 10 && sum('attending') >= 8, `attending ${sum('attending')}`);
    assert.ok(sum('waiting') <= 5, `waiting ${sum('waiting')}`);
  });
});
