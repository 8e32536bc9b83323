/**
 * Coordinators (issue 11, ADR 0026): an association's coordinator sees, manages and exports only
 * their own organisation's lists; the city's path sees all. Check-in, hours, the record extract
 * seen (when and by whom only), talkoot proposals, anonymisation after the shift keeping counts
 * and hours, and the figures per area and month.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, type Opportunity, type SignupReceipt, type StaffSignup, type TalkootProposal } from '@kohtaamo/core';
import { anonymiseVolunteering } from './volunteering.repository.js';
import { expectStatus, LATU, opportunityWithShift, orgPath, OTHER, person, volunteeringForFile } from './volunteering.test-support.js';

const h = volunteeringForFile();
const P = VOLUNTEERING_PATHS;

describe(`volunteering coordinators (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('each association sees and exports only its own; the city sees all', async () => {
    const latu = await opportunityWithShift(h, 'latu', LATU, { capacity: 5 }, 'Latun talkoot');
    const other = await opportunityWithShift(h, 'other', OTHER, { capacity: 5 }, 'Kylän talkoot');
    await expectStatus(h.call('POST', `${P.shifts}/${latu.shift.id}/signups`, person(1, { name: 'Latun Liisa' })), 201);
    await expectStatus(h.call('POST', `${P.shifts}/${other.shift.id}/signups`, person(2, { name: 'Kylän Kalle' })), 201);

    const own = (await expectStatus(h.as('latu', 'GET', `${orgPath(LATU)}/opportunities`), 200)) as { items: Opportunity[] };
    assert.deepEqual(own.items.map((o) => o.organisation), [LATU]);
    const city = (await expectStatus(h.as('city', 'GET', `${orgPath('city')}/opportunities`), 200)) as { items: Opportunity[] };
    assert.deepEqual(new Set(city.items.map((o) => o.organisation)), new Set([LATU, OTHER]));
    // Another association's path: refused by the grant check.
    assert.equal((await h.as('latu', 'GET', `${orgPath(OTHER)}/opportunities`)).status, 403);
    // Another association's item under one's own path: not found.
    assert.equal((await h.as('latu', 'GET', `${orgPath(LATU)}/shifts/${other.shift.id}/signups`)).status, 404);
    assert.equal((await h.as('latu', 'GET', `${orgPath(LATU)}/opportunities/${other.opportunity.id}/signups.csv`)).status, 404);
    assert.equal((await h.as('latu', 'PUT', `${orgPath(LATU)}/opportunities/${other.opportunity.id}`, { kind: 'talkoot', title: { fi: 'x' }, description: { fi: 'x' }, themes: [], area: 'a', location: { name: 'x' }, contact: { name: 'x' } })).status, 404);

    const response = await h.as('latu', 'GET', `${orgPath(LATU)}/opportunities/${latu.opportunity.id}/signups.csv`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/csv/);
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM for spreadsheet programs');
    const csv = bytes.toString('utf8');
    assert.ok(csv.startsWith('\uFEFFshift_start,'));
    assert.match(csv, /Latun Liisa/);
    assert.doesNotMatch(csv, /Kylän Kalle/);
    // The city exports any organisation's list.
    assert.match(await (await h.as('city', 'GET', `${orgPath('city')}/opportunities/${other.opportunity.id}/signups.csv`)).text(), /Kylän Kalle/);
  });

  test('check-in, hours and the record extract seen: only when and by whom is stored', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { roles: [{ id: 'lapset', name: { fi: 'Lasten ohjaus' }, minimumAge: 18, criminalRecordCheck: true }] });
    const r = (await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(10, { role: 'lapset' })), 201)) as SignupReceipt;
    const list = (await expectStatus(h.as('latu', 'GET', `${orgPath(LATU)}/shifts/${shift.id}/signups`), 200)) as { items: StaffSignup[] };
    assert.equal(list.items[0]!.role, 'lapset');
    const seen = (await expectStatus(h.as('latu', 'PATCH', `${orgPath(LATU)}/signups/${r.id}`, { checkedIn: true, hours: 2.5, hoursApproved: true, recordCheckSeen: true }), 200)) as StaffSignup;
    assert.deepEqual([seen.checkedIn, seen.hours, seen.hoursApproved], [true, 2.5, true]);
    assert.equal(seen.recordCheck!.seenBy, 'Koordinaattori latu');
    assert.ok(seen.recordCheck!.seenAt);
    const row = await h.database.handle.db.selectFrom('volunteering_signups').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    assert.deepEqual(Object.keys(row).filter((k) => /record|extract/.test(k)).sort(), ['record_seen_at', 'record_seen_by']);
    assert.equal((await h.as('latu', 'PATCH', `${orgPath(LATU)}/signups/${r.id}`, { hours: 30 })).status, 422);
  });

  test('a resident proposes talkoot; the city approves one (it goes on the board) and declines another with a reason', async () => {
    const base = { what: 'Rantatalkoot', description: 'Siivotaan ranta', where: 'Tähtiniemen ranta', area: 'tahtiniemi', startsAt: new Date(h.now.getTime() + 10 * 86_400_000).toISOString(), endsAt: new Date(h.now.getTime() + 10 * 86_400_000 + 7_200_000).toISOString(), expectedPeople: 12, supplies: [{ item: 'roskapussit', quantity: 20 }], proposerName: 'Pekka', proposerEmail: 'pekka@example.fi' };
    const a = (await expectStatus(h.call('POST', P.proposals, base, { 'Idempotency-Key': 'proposal-a-0123456789' }), 201)) as TalkootProposal;
    const again = (await expectStatus(h.call('POST', P.proposals, base, { 'Idempotency-Key': 'proposal-a-0123456789' }), 201)) as TalkootProposal;
    assert.equal(again.id, a.id, 'the same key stores one proposal');
    const b = (await expectStatus(h.call('POST', P.proposals, { ...base, what: 'Yötalkoot' }), 201)) as TalkootProposal;
    // Only the city decides, and only with a grant of the whole domain.
    assert.equal((await h.as('latu', 'POST', `${P.staff}/proposals/decisions`, { proposal: a.id, decision: { decision: 'approve' } })).status, 403);
    const approved = (await expectStatus(h.as('city', 'POST', `${P.staff}/proposals/decisions`, { proposal: a.id, decision: { decision: 'approve', capacity: 15 } }), 200)) as TalkootProposal;
    assert.equal(approved.status, 'approved');
    const o = (await expectStatus(h.call('GET', `${P.opportunities}/${approved.opportunityId}`), 200)) as Opportunity;
    assert.deepEqual([o.organisation, o.kind, o.shifts[0]!.capacity, o.supplies[0]!.item], ['city', 'talkoot', 15, 'roskapussit']);
    const noReason = await h.as('city', 'POST', `${P.staff}/proposals/decisions`, { proposal: b.id, decision: { decision: 'decline', reason: '' } });
    assert.equal(noReason.status, 422);
    assert.equal(((await noReason.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/decision/reason');
    const declined = (await expectStatus(h.as('city', 'POST', `${P.staff}/proposals/decisions`, { proposal: b.id, decision: { decision: 'decline', reason: 'Rannalla on silloin uimakilpailut.' } }), 200)) as TalkootProposal;
    assert.equal(declined.declineReason, 'Rannalla on silloin uimakilpailut.');
    assert.equal((await h.as('city', 'POST', `${P.staff}/proposals/decisions`, { proposal: b.id, decision: { decision: 'approve' } })).status, 409);
    const mail = await h.database.handle.db.selectFrom('email_outbox').select(['subject']).where('subject_id', '=', b.id).executeTakeFirstOrThrow();
    assert.match(mail.subject, /uimakilpailut/);
  });

  test('30 days after the shift personal data goes, counts and hours stay; figures per area and month', async () => {
    const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 10, maxGroupSize: 3 });
    const r = (await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(50, { groupSize: 3, phone: '040 123 4567' })), 201)) as SignupReceipt;
    const db = h.database.handle.db;
    const before = await db.selectFrom('volunteering_signups').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    assert.equal(before.email, 'v50@example.fi');
    // Not yet: the shift ended less than 30 days ago.
    const end = Date.parse(shift.endsAt);
    assert.equal(await anonymiseVolunteering(db, new Date(end - 1000), new Date(end + 29 * 86_400_000)), 0);
    const n = await anonymiseVolunteering(db, new Date(end + 1000), new Date(end + 31 * 86_400_000));
    assert.ok(n >= 1);
    const after = await db.selectFrom('volunteering_signups').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    assert.deepEqual([after.name, after.email, after.phone, after.age, after.manage_code_hash], ['', '', '', null, null]);
    assert.deepEqual([after.status, after.group_size], ['attending', 3]);
    assert.equal((await db.selectFrom('email_outbox').select('id').where('subject_id', '=', r.id).execute()).length, 0, 'its mails left the outbox');
    assert.equal((await h.call('GET', `${P.signups}/${r.manageCode}`)).status, 404);
    assert.equal(await anonymiseVolunteering(db, new Date(end + 1000), new Date(end + 31 * 86_400_000)), 0, 'idempotent');
    const figures = (await expectStatus(h.call('GET', P.figures), 200)) as { items: { area: string; month: string; volunteers: number; hours: number; talkoot: number }[] };
    const may = figures.items.find((f) => f.area === 'keskusta' && f.month === '2027-05')!;
    assert.ok(may.volunteers >= 3 && may.hours >= 9 && may.talkoot >= 1, JSON.stringify(may));
    assert.doesNotMatch(JSON.stringify(figures), /@|Vapaaehtoinen/);
  });
});
