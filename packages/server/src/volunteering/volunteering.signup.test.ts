/**
 * The resident's side of volunteering over HTTP on a real database (issue 11): seat holds,
 * sign-ups with groups, minors and roles, the manage code (kept only hashed) to change and
 * cancel, the waiting list moving on a cancel, overlap warnings by the person's own codes,
 * problem+json with pointers, and the board.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, VOLUNTEERING_PROBLEM_TYPES, type SignupReceipt } from '@kohtaamo/core';
import { codeHash } from './volunteering.repository.js';
import { expectStatus, LATU, opportunityWithShift, person, startVolunteering, type VolunteeringHarness } from './volunteering.test-support.js';

let h: VolunteeringHarness;
const P = VOLUNTEERING_PATHS;
before(async () => {
  h = await startVolunteering();
});
after(async () => {
  await h?.close();
});

const signUp = (shiftId: string, body: unknown) => h.call('POST', `${P.shifts}/${shiftId}/signups`, body);

describe(`volunteering sign-ups (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('attending, then waiting, then refused; a cancel promotes the first on the waiting list who fits', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 3, waitingListCapacity: 3, maxGroupSize: 3 });
    const a = (await expectStatus(signUp(shift.id, person(1, { groupSize: 2 })), 201)) as SignupReceipt;
    assert.equal(a.status, 'attending');
    assert.match(a.manageCode!, /^([0-9A-Z]{4}-){4}[0-9A-Z]$/);
    assert.equal(a.manageUrl, `https://latu.example/talkoot#kohtaamo-manage=${encodeURIComponent(a.manageCode!)}`);
    const b = (await expectStatus(signUp(shift.id, person(2, { groupSize: 2 })), 201)) as SignupReceipt;
    assert.deepEqual([b.status, b.position], ['waiting', 1]);
    const c = (await expectStatus(signUp(shift.id, person(3)), 201)) as SignupReceipt;
    assert.equal(c.status, 'attending', 'one seat was left: a single person takes it although a pair waits');
    const d = (await expectStatus(signUp(shift.id, person(4)), 201)) as SignupReceipt;
    assert.deepEqual([d.status, d.position], ['waiting', 2]);
    // The waiting list (3 people) is full too: a clear refusal.
    const full = await signUp(shift.id, person(5));
    assert.equal(full.status, 409);
    assert.equal(full.headers.get('content-type'), 'application/problem+json');
    assert.equal(((await full.json()) as { type: string }).type, VOLUNTEERING_PROBLEM_TYPES.full);

    // The code is stored only as a hash.
    const rows = await h.database.handle.db.selectFrom('volunteering_signups').selectAll().where('shift_id', '=', shift.id).execute();
    assert.ok(!JSON.stringify(rows).includes(a.manageCode!));
    assert.ok(rows.some((r) => r.manage_code_hash === codeHash(a.manageCode!)));

    // The pair cancels: the first waiting (a pair) fits in the two seats freed.
    const cancelled = (await expectStatus(h.call('POST', `${P.signups}/${a.manageCode!.toLowerCase().replace(/-/g, ' ')}/cancel`), 200)) as SignupReceipt;
    assert.equal(cancelled.status, 'cancelled');
    const bNow = (await expectStatus(h.call('GET', `${P.signups}/${b.manageCode}`), 200)) as SignupReceipt;
    assert.equal(bNow.status, 'attending');
    const dNow = (await expectStatus(h.call('GET', `${P.signups}/${d.manageCode}`), 200)) as SignupReceipt;
    assert.deepEqual([dNow.status, dNow.position], ['waiting', 1]);
    const mails = await h.database.handle.db.selectFrom('email_outbox').select(['to_address', 'subject']).where('to_address', 'in', ['v1@example.fi', 'v2@example.fi']).execute();
    assert.ok(mails.some((m) => m.to_address === 'v1@example.fi' && /peruttu/.test(m.subject)));
    assert.ok(mails.some((m) => m.to_address === 'v2@example.fi' && /Paikka vapautui/.test(m.subject)));

    // Changing the group size: more only if it fits.
    assert.equal((await h.call('PATCH', `${P.signups}/${c.manageCode}`, { groupSize: 3 })).status, 409);
    const changed = (await expectStatus(h.call('PATCH', `${P.signups}/${b.manageCode}`, { groupSize: 1 }), 200)) as SignupReceipt;
    assert.equal(changed.groupSize, 1);
    // One seat freed: the single waiting person moves up.
    assert.equal(((await expectStatus(h.call('GET', `${P.signups}/${d.manageCode}`), 200)) as SignupReceipt).status, 'attending');
    // A wrong code: 404 problem; a malformed one: 422 with a pointer.
    const wrong = await h.call('GET', `${P.signups}/0000-0000-0000-0000-0`);
    assert.equal(wrong.status, 404);
    const malformed = await h.call('GET', `${P.signups}/nope`);
    assert.equal(malformed.status, 422);
  });

  test('a seat hold keeps seats from others while the form is filled in, and becomes the sign-up’s', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 2, waitingListCapacity: 1, maxGroupSize: 2 });
    const hold = (await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/holds`, { seats: 2 }), 201)) as { holdId: string; outcome: string; expiresAt: string };
    assert.equal(hold.outcome, 'attending');
    assert.equal(Date.parse(hold.expiresAt) - h.now.getTime(), 10 * 60_000);
    const other = (await expectStatus(signUp(shift.id, person(20)), 201)) as SignupReceipt;
    assert.equal(other.status, 'waiting', 'the held seats are not free for others');
    const mine = (await expectStatus(signUp(shift.id, { ...person(21, { groupSize: 2 }), holdId: hold.holdId }), 201)) as SignupReceipt;
    assert.equal(mine.status, 'attending');
    const s = (await expectStatus(h.call('GET', `${P.shifts}/${shift.id}`), 200)) as { attending: number; waiting: number; held: number };
    assert.deepEqual([s.attending, s.waiting, s.held], [2, 1, 0]);
    // An expired hold gives its seats back (the job also promotes the waiting list).
    const { shift: s2 } = await opportunityWithShift(h, 'latu', LATU, { capacity: 1, waitingListCapacity: 1 });
    await expectStatus(h.call('POST', `${P.shifts}/${s2.id}/holds`, { seats: 1 }), 201);
    const waiting = (await expectStatus(signUp(s2.id, person(22)), 201)) as SignupReceipt;
    assert.equal(waiting.status, 'waiting');
    h.now = new Date(h.now.getTime() + 11 * 60_000);
    const { volunteeringRepositoryFor } = await import('./volunteering.module.js');
    const { DEMO_CITY } = await import('../platform/platform.config.js');
    const { platformDefaults } = await import('../app.js');
    const { repository } = volunteeringRepositoryFor({ db: h.database.handle.db, kind: h.database.kind, clock: () => h.now, platform: platformDefaults({ city: DEMO_CITY }), env: {} });
    assert.equal(await repository.sweepHolds(), 1);
    assert.equal(((await expectStatus(h.call('GET', `${P.signups}/${waiting.manageCode}`), 200)) as SignupReceipt).status, 'attending');
  });

  test('minors need a guardian’s consent; roles have a minimum age; group size has the shift’s maximum: 422 with pointers', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, {
      capacity: 10,
      maxGroupSize: 2,
      roles: [{ id: 'saha', name: { fi: 'Moottorisaha' }, minimumAge: 18 }, { id: 'lapset', name: { fi: 'Lasten ohjaus' }, minimumAge: 18, criminalRecordCheck: true }],
    });
    const minor = await signUp(shift.id, person(30, { age: 15 }));
    assert.equal(minor.status, 422);
    const problem = (await minor.json()) as { errors: { pointer: string; code: string }[] };
    assert.deepEqual(problem.errors.map((e) => e.pointer).sort(), ['#/guardianConsent', '#/guardianName']);
    const young = await signUp(shift.id, person(31, { age: 16, guardianName: 'Äiti', guardianConsent: true, role: 'saha' }));
    assert.equal(young.status, 422);
    const e = ((await young.json()) as { errors: { pointer: string; code: string; detail: string }[] }).errors[0]!;
    assert.deepEqual([e.pointer, e.code], ['#/age', 'volunteering.role.tooYoung']);
    assert.match(e.detail, /18/);
    const group = await signUp(shift.id, person(32, { groupSize: 3 }));
    assert.equal(group.status, 422);
    assert.equal(((await group.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/groupSize');
    const ok = (await expectStatus(signUp(shift.id, person(33, { age: 16, guardianName: 'Äiti', guardianConsent: true })), 201)) as SignupReceipt;
    assert.equal(ok.status, 'attending');
    const row = await h.database.handle.db.selectFrom('volunteering_signups').selectAll().where('id', '=', ok.id).executeTakeFirstOrThrow();
    assert.equal(row.guardian_name, 'Äiti');
    assert.ok(row.guardian_consent_at);
  });

  test('overlaps are found among the person’s own sign-ups by their manage codes only', async () => {
    const { shift: a } = await opportunityWithShift(h, 'latu', LATU, {});
    const { shift: b } = await opportunityWithShift(h, 'latu', LATU, {}, 'Toinen talkoo');
    const mine = (await expectStatus(signUp(a.id, person(40)), 201)) as SignupReceipt;
    const found = (await expectStatus(h.call('POST', `${P.signups}/overlaps`, { shiftId: b.id, codes: [mine.manageCode] }), 200)) as { items: { shiftId: string }[] };
    assert.deepEqual(found.items.map((i) => i.shiftId), [a.id]);
    const none = (await expectStatus(h.call('POST', `${P.signups}/overlaps`, { shiftId: b.id, codes: ['0000-0000-0000-0000-0'] }), 200)) as { items: unknown[] };
    assert.deepEqual(none.items, []);
  });

  test('the board lists published opportunities with seat counts, filtered by organisation, theme and suitability', async () => {
    const board = (await expectStatus(h.call('GET', `${P.opportunities}?organisation=${LATU}&theme=nature&under18=true`), 200)) as { items: { organisation: string; shifts: unknown[] }[] };
    assert.ok(board.items.length > 0);
    assert.ok(board.items.every((o) => o.organisation === LATU));
    const none = (await expectStatus(h.call('GET', `${P.opportunities}?theme=animals`), 200)) as { items: unknown[]; next: string | null };
    assert.deepEqual(none, { items: [], next: null });
    assert.equal((await h.call('GET', `${P.opportunities}?theme=nonsense`)).status, 422);
  });
});
