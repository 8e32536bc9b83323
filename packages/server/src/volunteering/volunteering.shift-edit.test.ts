/**
 * A coordinator edits a shift (ADR 0051): the rules by the field (places below those attending,
 * waiting list below those waiting, largest group below a group signed up, a role in use
 * removed, a start moved into the past), a started shift closed, another association's shift not
 * found, changed times mailed with the next SEQUENCE, more places promoting the waiting list, and
 * the edit racing sign-ups under the shift's lock on SQLite and PostgreSQL (KOHTAAMO_TEST_DB).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, type Shift, type SignupReceipt, type StaffShift, type StaffSignup } from '@kohtaamo/core';
import { expectStatus, LATU, opportunityWithShift, orgPath, OTHER, person, volunteeringForFile } from './volunteering.test-support.js';

const h = volunteeringForFile();
const P = VOLUNTEERING_PATHS;

const input = (s: Shift, change: Record<string, unknown> = {}) => ({
  startsAt: s.startsAt, endsAt: s.endsAt, capacity: s.capacity, minimumAttendees: s.minimumAttendees, waitingListCapacity: s.waitingListCapacity, maxGroupSize: s.maxGroupSize, roles: s.roles, ...change,
});
/** A coordinator's edit of the shift as read (If-Match with its version, ADR 0060), or made on another version (null: no If-Match). */
const edit = (who: 'latu' | 'other' | 'city', url: string, s: Shift, change: Record<string, unknown> = {}, version: number | null = (s as StaffShift).version, headers: Record<string, string> = {}) =>
  h.call('PUT', url, input(s, change), { Authorization: `Bearer ${h.tokens[who]}`, ...(version === null ? {} : { 'If-Match': `"${version}"` }), ...headers });
const pointers = (body: unknown) => ((body as { errors: { pointer: string; code: string; detail: string }[] }).errors ?? []).map((e) => [e.pointer, e.code]);

describe(`shift editing (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the server’s rules come back by the field, in the caller’s language; nothing is changed', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, {
      capacity: 2, waitingListCapacity: 2, maxGroupSize: 3,
      roles: [{ id: 'lapset', name: { fi: 'Lasten ohjaus' }, criminalRecordCheck: true }, { id: 'kahvio', name: { fi: 'Kahvio' } }],
    });
    await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(1, { groupSize: 2, role: 'lapset' })), 201);
    await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(2)), 201);
    const url = `${orgPath(LATU)}/shifts/${shift.id}`;
    const refused = await edit('latu', url, shift, { capacity: 1, waitingListCapacity: 0, maxGroupSize: 1, roles: [], startsAt: new Date(h.now.getTime() - 3_600_000).toISOString() });
    assert.equal(refused.status, 422);
    assert.match(refused.headers.get('content-type')!, /^application\/problem\+json/);
    const body = await refused.json();
    assert.deepEqual(pointers(body), [
      ['#/startsAt', 'volunteering.shift.startInPast'],
      ['#/capacity', 'volunteering.shift.capacityBelowAttending'],
      ['#/waitingListCapacity', 'volunteering.shift.waitingBelowWaiting'],
      ['#/maxGroupSize', 'volunteering.shift.groupBelowSignup'],
      ['#/roles', 'volunteering.shift.roleInUse'],
    ]);
    assert.equal((body as { errors: { detail: string }[] }).errors[1]!.detail, 'Vuoroon osallistuu jo 2 henkeä: paikkoja ei voi olla vähemmän.');
    const sv = await edit('latu', url, shift, { capacity: 1 }, (shift as StaffShift).version, { 'Accept-Language': 'sv' });
    assert.match(((await sv.json()) as { errors: { detail: string }[] }).errors[0]!.detail, /^Redan 2 personer deltar/);
    // The schema's own rules are the same 422.
    assert.deepEqual(pointers(await (await edit('latu', url, shift, { endsAt: shift.startsAt })).json()), [['#/endsAt', 'volunteering.shift.endBeforeStart']]);
    const unchanged = (await expectStatus(h.call('GET', `${P.shifts}/${shift.id}`), 200)) as StaffShift;
    assert.equal(unchanged.capacity, 2);
    assert.equal(unchanged.version, (shift as StaffShift).version, 'a refused edit leaves the version as it was');
    // Removing the unused role, and the edit at the limits, are fine.
    const saved = (await expectStatus(edit('latu', url, shift, { capacity: 2, waitingListCapacity: 1, maxGroupSize: 2, roles: [shift.roles[0]] }), 200)) as Shift;
    assert.deepEqual([saved.capacity, saved.waitingListCapacity, saved.maxGroupSize, saved.roles.map((r) => r.id)], [2, 1, 2, ['lapset']]);
  });

  test('only the own association’s shift; a started shift is closed', async () => {
    const latu = await opportunityWithShift(h, 'latu', LATU, { capacity: 5 });
    const other = await opportunityWithShift(h, 'other', OTHER, { capacity: 5 });
    assert.equal((await edit('latu', `${orgPath(LATU)}/shifts/${other.shift.id}`, other.shift, { capacity: 50 })).status, 404);
    assert.equal((await edit('latu', `${orgPath(OTHER)}/shifts/${other.shift.id}`, other.shift, { capacity: 50 })).status, 403);
    await expectStatus(edit('city', `${orgPath('city')}/shifts/${other.shift.id}`, other.shift, { capacity: 6 }), 200);
    const saved = h.now;
    h.now = new Date(Date.parse(latu.shift.startsAt) + 60_000);
    try {
      assert.equal((await edit('latu', `${orgPath(LATU)}/shifts/${latu.shift.id}`, latu.shift, { capacity: 6 })).status, 409);
    } finally {
      h.now = saved;
    }
  });

  test('more places promote the waiting list; moved times mail each sign-up with the next SEQUENCE', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 1, waitingListCapacity: 3 });
    const first = (await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(21)), 201)) as SignupReceipt;
    const second = (await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(22)), 201)) as SignupReceipt;
    assert.deepEqual([first.status, second.status], ['attending', 'waiting']);
    const later = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString();
    const saved = (await expectStatus(edit('latu', `${orgPath(LATU)}/shifts/${shift.id}`, shift, { capacity: 2, startsAt: later(shift.startsAt), endsAt: later(shift.endsAt) }), 200)) as Shift;
    assert.deepEqual([saved.attending, saved.waiting, saved.startsAt], [2, 0, later(shift.startsAt)]);
    const db = h.database.handle.db;
    const mails = await db.selectFrom('email_outbox').select(['subject_id', 'dedupe_key']).where('subject_id', 'in', [first.id, second.id]).execute();
    const keys = mails.map((m) => m.dedupe_key.replace(/^volunteering:u[0-9a-f]+:/, '')).sort();
    // Confirmation, the waiting notice, each one's change (sequence 1) and the promotion (sequence 2).
    assert.deepEqual(keys, ['change:1', 'change:1', 'confirmation:0', 'promoted:2', 'waiting:0']);
    const staff = (await expectStatus(h.as('latu', 'GET', `${orgPath(LATU)}/shifts/${shift.id}/signups`), 200)) as { items: StaffSignup[] };
    assert.deepEqual(staff.items.map((s) => s.status), ['attending', 'attending']);
  });

  test('an edit racing 40 sign-ups never leaves more attending than places', async () => {
    for (let round = 0; round < 3; round++) {
      const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 20, waitingListCapacity: 40 });
      const url = `${orgPath(LATU)}/shifts/${shift.id}`;
      const signups = Array.from({ length: 40 }, (_, i) => h.call('POST', `${P.shifts}/${shift.id}/signups`, person(100 * (round + 1) + i)));
      // Each edit on the version it read: the first saves (or is refused by a rule), the second is stale.
      let version = (shift as StaffShift).version;
      const edits = [5, 12].map(async (capacity) => {
        for (;;) {
          const r = await edit('latu', url, shift, { capacity }, version);
          if (r.status !== 412) return r;
          version = Number((r.headers.get('etag') ?? '').replace(/"/g, ''));
          await r.arrayBuffer();
        }
      });
      const all = await Promise.all([...signups, ...edits]);
      const editStatuses = await Promise.all(all.slice(40).map(async (r) => (await r.arrayBuffer(), r.status)));
      await Promise.all(all.slice(0, 40).map((r) => r.arrayBuffer()));
      assert.ok(editStatuses.every((s) => s === 200 || s === 422), `edits ${editStatuses}`);
      const final = (await expectStatus(h.call('GET', `${P.shifts}/${shift.id}`), 200)) as Shift;
      const rows = await h.database.handle.db.selectFrom('volunteering_signups').select('status').where('shift_id', '=', shift.id).execute();
      const attending = rows.filter((r) => r.status === 'attending').length;
      assert.equal(attending, final.attending);
      assert.ok(attending <= final.capacity, `round ${round}: ${attending} attending, ${final.capacity} places`);
      assert.equal(attending, Math.min(final.capacity, 40), `round ${round}: the free places are filled from the waiting list`);
      assert.equal(rows.length, 40);
    }
  });
});

describe(`two coordinators editing the same shift (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('an edit names the version it was made on: without it 428, on an old one 412 with the current ETag; nothing is overwritten', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 8 });
    const url = `${orgPath(LATU)}/shifts/${shift.id}`;
    const read = (shift as StaffShift).version;
    assert.equal(typeof read, 'number');

    const unnamed = await edit('latu', url, shift, { capacity: 9 }, null);
    assert.equal(unnamed.status, 428);
    assert.match(unnamed.headers.get('content-type')!, /^application\/problem\+json/);

    // Coordinator A saves on the version both read.
    const a = await edit('latu', url, shift, { capacity: 12 }, read);
    assert.equal(a.status, 200);
    assert.equal(a.headers.get('etag'), `"${read + 1}"`);
    assert.equal(((await a.json()) as StaffShift).version, read + 1);

    // Coordinator B, on the same old version: refused, told the current version, in their language.
    const b = await edit('city', `${orgPath('city')}/shifts/${shift.id}`, shift, { capacity: 6, maxGroupSize: 3 }, read, { 'Accept-Language': 'sv' });
    assert.equal(b.status, 412);
    assert.match(b.headers.get('content-type')!, /^application\/problem\+json/);
    assert.equal(b.headers.get('etag'), `"${read + 1}"`);
    const problem = (await b.json()) as { type: string; code: string; detail: string };
    assert.equal(problem.type, 'https://kohtaamo.fi/problems/stale-version');
    assert.equal(problem.code, 'volunteering.shift.stale');
    assert.match(problem.detail, /^En annan samordnare sparade passet/);
    const kept = (await expectStatus(h.call('GET', `${P.shifts}/${shift.id}`), 200)) as StaffShift;
    assert.deepEqual([kept.capacity, kept.maxGroupSize, kept.version], [12, shift.maxGroupSize, read + 1], 'A’s edit stands');

    // B reloads (the staff list has the version) and saves on it.
    const list = (await expectStatus(h.as('city', 'GET', `${orgPath('city')}/opportunities`), 200)) as { items: { shifts: StaffShift[] }[] };
    const current = list.items.flatMap((o) => o.shifts).find((x) => x.id === shift.id)!;
    assert.equal(current.version, read + 1);
    const again = (await expectStatus(edit('city', `${orgPath('city')}/shifts/${shift.id}`, current, { capacity: 6 }), 200)) as StaffShift;
    assert.deepEqual([again.capacity, again.version], [6, read + 2]);
  });

  test('ten coordinators saving the same version at once: exactly one edit is saved, the others are 412', async () => {
    for (let round = 0; round < 3; round++) {
      const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 5 });
      const url = `${orgPath(LATU)}/shifts/${shift.id}`;
      const capacities = Array.from({ length: 10 }, (_, i) => 10 + i);
      const answers = await Promise.all(capacities.map((capacity) => edit(capacity % 2 === 0 ? 'latu' : 'city', capacity % 2 === 0 ? url : `${orgPath('city')}/shifts/${shift.id}`, shift, { capacity })));
      const statuses = answers.map((r) => r.status);
      const bodies = await Promise.all(answers.map((r) => r.json() as Promise<StaffShift>));
      assert.equal(statuses.filter((x) => x === 200).length, 1, `round ${round}: ${statuses}`);
      assert.equal(statuses.filter((x) => x === 412).length, 9, `round ${round}: ${statuses}`);
      const winner = bodies[statuses.indexOf(200)]!;
      const final = (await expectStatus(h.call('GET', `${P.shifts}/${shift.id}`), 200)) as StaffShift;
      assert.deepEqual([final.capacity, final.version], [winner.capacity, (shift as StaffShift).version + 1]);
    }
  });
});

describe(`the record extract seen (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('recorded only for a role that needs one, and can be removed', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { roles: [{ id: 'lapset', name: { fi: 'Lasten ohjaus' }, criminalRecordCheck: true }, { id: 'kahvio', name: { fi: 'Kahvio' } }] });
    const child = (await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(301, { role: 'lapset' })), 201)) as SignupReceipt;
    const cafe = (await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(302, { role: 'kahvio' })), 201)) as SignupReceipt;
    const refused = await h.as('latu', 'PATCH', `${orgPath(LATU)}/signups/${cafe.id}`, { recordCheckSeen: true });
    assert.equal(refused.status, 422);
    assert.deepEqual(pointers(await refused.json()), [['#/recordCheckSeen', 'volunteering.recordCheck.notRequired']]);
    const seen = (await expectStatus(h.as('latu', 'PATCH', `${orgPath(LATU)}/signups/${child.id}`, { recordCheckSeen: true }), 200)) as StaffSignup;
    assert.deepEqual(Object.keys(seen.recordCheck!).sort(), ['seenAt', 'seenBy']);
    assert.equal(seen.recordCheck!.seenAt, h.now.toISOString());
    const removed = (await expectStatus(h.as('latu', 'PATCH', `${orgPath(LATU)}/signups/${child.id}`, { recordCheckSeen: false }), 200)) as StaffSignup;
    assert.equal(removed.recordCheck, null);
  });
});
