/**
 * The public figures per area and month (open data) at city scale (issue 13): summed in the
 * database per shift and group size, off the event loop, kept until the data change and sent
 * with an ETag. They must equal the sign-up-by-sign-up computation they replaced (the
 * reference below) on generated data, with approved hours and a shift whose length is not a
 * whole number of quarter hours (its hours are rounded per sign-up).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { VOLUNTEERING_PATHS, volunteerHours } from '@kohtaamo/core';
import { seedVolunteeringAtScale } from './volunteering.scale-seed.js';
import { expectStatus, LATU, opportunityWithShift, person, startVolunteering, type VolunteeringHarness } from './volunteering.test-support.js';

type Figure = { area: string; month: string; volunteers: number; hours: number; talkoot: number };
let h: VolunteeringHarness;
const P = VOLUNTEERING_PATHS;

before(async () => {
  h = await startVolunteering();
});
after(async () => {
  await h?.close();
});

/** The figures as computed before issue 13's change: every attending sign-up read into JavaScript. */
async function reference(): Promise<Figure[]> {
  const rows = await h.database.handle.db
    .selectFrom('volunteering_signups as u')
    .innerJoin('volunteering_shifts as s', 's.id', 'u.shift_id')
    .innerJoin('volunteering_opportunities as o', 'o.id', 's.opportunity_id')
    .select(['o.id as opportunity', 'o.area', 'o.kind', 's.starts_at', 's.ends_at', 'u.group_size', 'u.hours', 'u.hours_approved'])
    .where('u.status', '=', 'attending')
    .where('s.status', '=', 'open')
    .execute();
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' });
  const cells = new Map<string, { area: string; month: string; volunteers: number; hours: number; talkoot: Set<string> }>();
  for (const r of rows) {
    const m = month.format(new Date(r.starts_at)).slice(0, 7);
    const key = `${r.area}\u0000${m}`;
    const cell = cells.get(key) ?? { area: r.area, month: m, volunteers: 0, hours: 0, talkoot: new Set<string>() };
    cell.volunteers += Number(r.group_size);
    cell.hours += Number(r.hours_approved) === 1 && r.hours !== null ? Number(r.hours) : volunteerHours(r.starts_at, r.ends_at, Number(r.group_size));
    if (r.kind === 'talkoot') cell.talkoot.add(r.opportunity);
    cells.set(key, cell);
  }
  return [...cells.values()]
    .map((c) => ({ area: c.area, month: c.month, volunteers: c.volunteers, hours: Math.round(c.hours * 4) / 4, talkoot: c.talkoot.size }))
    .sort((a, b) => (a.month === b.month ? (a.area < b.area ? -1 : 1) : a.month < b.month ? -1 : 1));
}

test(`the figures equal the sign-up-by-sign-up reference on generated data, and carry an ETag (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const db = h.database.handle.db;
  await seedVolunteeringAtScale(db, { size: 4000, seed: 11, years: 2, now: new Date('2027-05-01T12:00:00.000Z') });
  // A 50-minute shift: 5/6 h a person, rounded per sign-up to quarter hours (0.75 for one, 1.75 for two).
  const { shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 12, maxGroupSize: 3, startsAt: '2027-05-20T15:00:00.000Z', endsAt: '2027-05-20T15:50:00.000Z' });
  for (const [i, groupSize] of [1, 2, 2, 3, 1].entries()) {
    await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(300 + i, { groupSize })), 201);
  }
  // Hours approved on some generated sign-ups (logged hours replace the shift's length).
  const some = await db.selectFrom('volunteering_signups').select('id').where('status', '=', 'attending').orderBy('id').limit(40).execute();
  for (const [i, { id }] of some.entries()) {
    await db.updateTable('volunteering_signups').set({ hours: 1.5 + (i % 5) * 0.25, hours_approved: i % 2 }).where('id', '=', id).execute();
  }

  const response = await h.call('GET', P.figures);
  assert.equal(response.status, 200);
  const etag = response.headers.get('etag');
  assert.match(etag ?? '', /^"[\w-]+"$/);
  assert.match(response.headers.get('cache-control') ?? '', /public/);
  const { items } = (await response.json()) as { items: Figure[] };
  const expected = await reference();
  assert.ok(expected.length > 12, `figures over many months (${expected.length})`);
  assert.deepEqual(items, expected);

  // A client holding the answer gets a 304; a new sign-up changes the answer and its ETag.
  assert.equal((await h.call('GET', P.figures, undefined, { 'If-None-Match': etag! })).status, 304);
  await expectStatus(h.call('POST', `${P.shifts}/${shift.id}/signups`, person(399, { groupSize: 1 })), 201);
  const again = await h.call('GET', P.figures, undefined, { 'If-None-Match': etag! });
  assert.equal(again.status, 200);
  assert.notEqual(again.headers.get('etag'), etag);
  assert.deepEqual(((await again.json()) as { items: Figure[] }).items, await reference());
});
