/**
 * "At most N" and "only one" under concurrency (issue 11): 200 simultaneous sign-ups for a shift
 * of 10 seats with a waiting list of 20 give exactly 10 attending, 20 waiting and 170 clear
 * refusals, and 20 simultaneous decisions on one talkoot proposal give one decision; on SQLite and
 * PostgreSQL (KOHTAAMO_TEST_DB), over HTTP, through the real transaction path.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PROBLEM_TYPES, VOLUNTEERING_PATHS, VOLUNTEERING_PROBLEM_TYPES, type TalkootProposal } from '@kohtaamo/core';
import { expectStatus, LATU, opportunityWithShift, person, startVolunteering, type VolunteeringHarness } from './volunteering.test-support.js';

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

  test('seat holds under concurrency: 100 holds of 1–2 seats for 10 seats hold at most 10; each held form then attends, every other sign-up waits or is refused', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 10, waitingListCapacity: 5, maxGroupSize: 2 });
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/holds`, { seats: 1 + (i % 2) })));
    const holds = await Promise.all(responses.map((r) => r.json() as Promise<{ holdId?: string; seats?: number; outcome?: string; type?: string }>));
    assert.deepEqual([...new Set(responses.map((r) => r.status))].sort(), [201], 'a hold beyond the seats is answered, as on the waiting list');
    const held = holds.filter((x) => x.outcome === 'attending');
    const seats = held.reduce((a, x) => a + x.seats!, 0);
    assert.ok(seats <= 10 && seats >= 9, `held seats ${seats}`);
    assert.ok(held.every((x) => x.holdId), 'a seat hold has an id');
    assert.ok(holds.filter((x) => x.outcome !== 'attending').every((x) => x.outcome === 'waiting' && !x.holdId), 'the others hold nothing');
    const db = h.database.handle.db;
    const stored = await db.selectFrom('volunteering_holds').select('seats').where('shift_id', '=', shift.id).execute();
    assert.equal(stored.reduce((a, r) => a + r.seats, 0), seats);

    // The held forms are sent at the same time as 40 sign-ups without a hold.
    const sent = await Promise.all([
      ...held.map((x, i) => h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, { ...person(2000 + i, { groupSize: x.seats }), holdId: x.holdId })),
      ...Array.from({ length: 40 }, (_, i) => h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, person(3000 + i))),
    ]);
    const answers = await Promise.all(sent.map((r) => r.json() as Promise<{ status?: string; type?: string }>));
    assert.deepEqual(answers.slice(0, held.length).map((a) => a.status), held.map(() => 'attending'), 'every held form attends');
    for (const a of answers.slice(held.length)) assert.ok(a.status === 'waiting' || a.type === VOLUNTEERING_PROBLEM_TYPES.full, JSON.stringify(a));
    const rows = await db.selectFrom('volunteering_signups').select(['status', 'group_size']).where('shift_id', '=', shift.id).execute();
    const sum = (status: string) => rows.filter((r) => r.status === status).reduce((a, r) => a + r.group_size, 0);
    assert.equal(sum('attending'), seats);
    assert.equal(sum('waiting'), 5);
    assert.equal((await db.selectFrom('volunteering_holds').select('id').where('shift_id', '=', shift.id).execute()).length, 0, 'the holds became the sign-ups');
  });

  test('cancellations racing sign-ups: never more than the seats attend, and no seat stays empty while someone waits', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 10, waitingListCapacity: 10 });
    const first = await Promise.all(Array.from({ length: 20 }, (_, i) => h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, person(4000 + i))));
    const receipts = await Promise.all(first.map((r) => r.json() as Promise<{ status: string; manageCode: string }>));
    assert.deepEqual([receipts.filter((r) => r.status === 'attending').length, receipts.filter((r) => r.status === 'waiting').length], [10, 10]);
    // Five attending and three waiting cancel while 30 more sign up, all at once.
    const cancelling = [...receipts.filter((r) => r.status === 'attending').slice(0, 5), ...receipts.filter((r) => r.status === 'waiting').slice(0, 3)];
    const at = await Promise.all([
      ...cancelling.map((r) => h.call('POST', `${VOLUNTEERING_PATHS.signups}/${r.manageCode}/cancel`)),
      ...Array.from({ length: 30 }, (_, i) => h.call('POST', `${VOLUNTEERING_PATHS.shifts}/${shift.id}/signups`, person(5000 + i))),
    ]);
    assert.deepEqual(at.slice(0, cancelling.length).map((r) => r.status), cancelling.map(() => 200));
    for (const r of at.slice(cancelling.length)) assert.ok([201, 409].includes(r.status), String(r.status));
    await Promise.all(at.map((r) => r.arrayBuffer()));
    const rows = await h.database.handle.db.selectFrom('volunteering_signups').select(['status']).where('shift_id', '=', shift.id).execute();
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    assert.equal(count('cancelled'), 8);
    assert.equal(count('attending'), 10, 'the freed seats are taken, never more');
    assert.equal(count('waiting'), 10, 'the waiting list is full again, never more');
  });

  test('one decision per proposal: 20 coordinators deciding one proposal at once give one decision, one talkoot and one mail; the others a clear 409', async () => {
    const P = VOLUNTEERING_PATHS;
    const day = 86_400_000;
    const proposal = (await expectStatus(
      h.call('POST', P.proposals, {
        what: 'Kilpailevat talkoot',
        description: 'Kaksi koordinaattoria päättää yhtä aikaa.',
        where: 'Tähtiniemen ranta',
        area: 'tahtiniemi',
        startsAt: new Date(h.now.getTime() + 14 * day).toISOString(),
        endsAt: new Date(h.now.getTime() + 14 * day + 7_200_000).toISOString(),
        expectedPeople: 8,
        proposerName: 'Kaisa Kilpa',
        proposerEmail: 'kaisa.kilpa@example.fi',
      }),
      201,
    )) as TalkootProposal;
    // Half approve, half decline, all at the same moment.
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.as('city', 'POST', `${P.staff}/proposals/decisions`, { proposal: proposal.id, decision: i % 2 === 0 ? { decision: 'approve', capacity: 10 + i } : { decision: 'decline', reason: `Päätös ${i}` } }),
      ),
    );
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<TalkootProposal & { type?: string; status?: string | number }>));
    const won = responses.map((r, i) => [r.status, bodies[i]!] as const).filter(([status]) => status === 200);
    assert.equal(won.length, 1, `decisions: ${responses.map((r) => r.status).join(' ')}`);
    const lost = responses.filter((r) => r.status !== 200);
    assert.deepEqual([...new Set(lost.map((r) => r.status))], [409]);
    for (const [i, r] of responses.entries()) {
      if (r.status === 409) {
        assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/);
        assert.equal(bodies[i]!.type, PROBLEM_TYPES.invalidTransition);
      }
    }
    const decision = won[0]![1];
    const db = h.database.handle.db;
    const row = await db.selectFrom('volunteering_proposals').selectAll().where('id', '=', proposal.id).executeTakeFirstOrThrow();
    assert.equal(row.status, decision.status, 'the stored decision is the one answered');
    assert.equal(row.opportunity_id, decision.opportunityId ?? null);
    // An approval made one talkoot (a declined one none): nothing from the refused decisions.
    const made = await db.selectFrom('volunteering_opportunities').select('id').where('content_json', 'like', '%Kilpailevat talkoot%').execute();
    assert.deepEqual(made.map((o) => o.id), decision.status === 'approved' ? [decision.opportunityId] : []);
    const mails = await db.selectFrom('email_outbox').select('id').where('subject_id', '=', proposal.id).execute();
    assert.equal(mails.length, 1, 'one mail to the proposer');
  });
});
