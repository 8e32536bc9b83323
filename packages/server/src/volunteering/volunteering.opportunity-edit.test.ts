/**
 * Two coordinators editing the same opportunity (ADR 0060, as for shifts): an edit names the
 * version it was made on in If-Match; without it 428, on an old one 412 with the current ETag and
 * nothing overwritten; ten edits made on one version at once save exactly one, on SQLite and
 * PostgreSQL (KOHTAAMO_TEST_DB), over HTTP through the real transaction path.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VOLUNTEERING_PATHS, type StaffOpportunity, type StaffShift } from '@kohtaamo/core';
import { expectStatus, LATU, opportunityInput, opportunityWithShift, orgPath, volunteeringForFile } from './volunteering.test-support.js';

const h = volunteeringForFile();
const P = VOLUNTEERING_PATHS;

/** A coordinator's edit of the opportunity: Latu's through its own path, the city's through the city's; null: no If-Match. */
const edit = (who: 'latu' | 'city', id: string, title: string, version: number | null, headers: Record<string, string> = {}) =>
  h.call('PUT', `${orgPath(who === 'latu' ? LATU : 'city')}/opportunities/${id}`, opportunityInput(title), {
    Authorization: `Bearer ${h.tokens[who]}`,
    ...(version === null ? {} : { 'If-Match': `"${version}"` }),
    ...headers,
  });
/** The opportunity as the coordinators' list has it now. */
async function listed(id: string): Promise<StaffOpportunity> {
  const list = (await expectStatus(h.as('city', 'GET', `${orgPath('city')}/opportunities`), 200)) as { items: StaffOpportunity[] };
  return list.items.find((o) => o.id === id)!;
}

describe(`two coordinators editing the same opportunity (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('an edit names the version it was made on: without it 428, on an old one 412 with the current ETag; nothing is overwritten', async () => {
    const { opportunity, shift } = await opportunityWithShift(h, 'latu', LATU, { capacity: 8 });
    const read = (opportunity as StaffOpportunity).version;
    assert.equal(read, 1, 'a new opportunity is version 1');

    const unnamed = await edit('latu', opportunity.id, 'Ilman versiota', null);
    assert.equal(unnamed.status, 428);
    assert.match(unnamed.headers.get('content-type')!, /^application\/problem\+json/);
    assert.equal(((await unnamed.json()) as { type: string }).type, 'https://kohtaamo.fi/problems/version-required');
    assert.equal((await listed(opportunity.id)).title.fi, 'Latupohjien raivaustalkoot');

    // Coordinator A (the association's) saves on the version both read.
    const a = await edit('latu', opportunity.id, 'Latupohjien raivaus ja kunnostus', read);
    assert.equal(a.status, 200);
    assert.equal(a.headers.get('etag'), `"${read + 1}"`);
    const saved = (await a.json()) as StaffOpportunity;
    assert.deepEqual([saved.title.fi, saved.version], ['Latupohjien raivaus ja kunnostus', read + 1]);

    // Coordinator B (the city's), on the same old version: refused, told the current version, in their language.
    const b = await edit('city', opportunity.id, 'Kaupungin otsikko', read, { 'Accept-Language': 'sv' });
    assert.equal(b.status, 412);
    assert.match(b.headers.get('content-type')!, /^application\/problem\+json/);
    assert.equal(b.headers.get('etag'), `"${read + 1}"`);
    const problem = (await b.json()) as { type: string; code: string; detail: string };
    assert.equal(problem.type, 'https://kohtaamo.fi/problems/stale-version');
    assert.equal(problem.code, 'volunteering.opportunity.stale');
    assert.match(problem.detail, /^En annan samordnare sparade uppgiften/);
    const kept = await listed(opportunity.id);
    assert.deepEqual([kept.title.fi, kept.version], ['Latupohjien raivaus ja kunnostus', read + 1], 'A’s edit stands');

    // The shifts have versions of their own: adding or editing one leaves the opportunity's as it is.
    const s = kept.shifts.find((x) => x.id === shift.id)!;
    const input = { startsAt: s.startsAt, endsAt: s.endsAt, capacity: 9, minimumAttendees: s.minimumAttendees, waitingListCapacity: s.waitingListCapacity, maxGroupSize: s.maxGroupSize, roles: s.roles };
    await expectStatus(h.call('PUT', `${orgPath(LATU)}/shifts/${s.id}`, input, { Authorization: `Bearer ${h.tokens.latu}`, 'If-Match': `"${s.version}"` }), 200);
    await expectStatus(h.as('latu', 'POST', `${orgPath(LATU)}/opportunities/${opportunity.id}/shifts`, { startsAt: s.startsAt, endsAt: s.endsAt, capacity: 4 }), 201);
    const after = await listed(opportunity.id);
    assert.equal(after.version, read + 1);
    assert.equal(after.shifts.length, 2);

    // B reloads (the list has the version) and saves on it.
    const again = (await expectStatus(edit('city', opportunity.id, 'Kaupungin otsikko', after.version), 200)) as StaffOpportunity;
    assert.deepEqual([again.title.fi, again.version], ['Kaupungin otsikko', read + 2]);
    assert.ok(again.shifts.every((x: StaffShift) => typeof x.version === 'number'), 'the answer is the staff view, shifts with their versions');
  });

  test('a schema error is a 422 whatever the version, and leaves the version as it was', async () => {
    const { opportunity } = await opportunityWithShift(h, 'latu', LATU, {});
    const read = (opportunity as StaffOpportunity).version;
    const invalid = await edit('latu', opportunity.id, '', read);
    assert.equal(invalid.status, 422);
    assert.equal((await listed(opportunity.id)).version, read);
    await expectStatus(edit('latu', opportunity.id, 'Korjattu otsikko', read), 200);
  });

  test('ten coordinators saving the same version at once: exactly one edit is saved, the others are 412', async () => {
    for (let round = 0; round < 3; round++) {
      const { opportunity } = await opportunityWithShift(h, 'latu', LATU, { capacity: 5 });
      const read = (opportunity as StaffOpportunity).version;
      const titles = Array.from({ length: 10 }, (_, i) => `Kilpaileva muokkaus ${round}-${i}`);
      const answers = await Promise.all(titles.map((title, i) => edit(i % 2 === 0 ? 'latu' : 'city', opportunity.id, title, read)));
      const statuses = answers.map((r) => r.status);
      const bodies = await Promise.all(answers.map((r) => r.json() as Promise<StaffOpportunity>));
      assert.equal(statuses.filter((x) => x === 200).length, 1, `round ${round}: ${statuses}`);
      assert.equal(statuses.filter((x) => x === 412).length, 9, `round ${round}: ${statuses}`);
      const winner = bodies[statuses.indexOf(200)]!;
      for (const r of answers.filter((x) => x.status === 412)) assert.equal(r.headers.get('etag'), `"${read + 1}"`);
      const final = await listed(opportunity.id);
      assert.deepEqual([final.title.fi, final.version], [winner.title.fi, read + 1]);
    }
  });
});
