/**
 * Issue 13 for volunteering: the queries its routes run find their rows through an index at
 * city scale, never by reading every sign-up or every shift (testing/query-plans.ts, ADR 0044),
 * on both databases, over generated sign-ups (ANALYZEd).
 *
 * The board is paged by cursor (ADR 0081): it reads the open shifts still to come and the
 * seat counts of a page's shifts, never the history; the generated shifts end now, so ten weeks
 * of shifts ahead are added for it to show.
 *
 * Not here: the public figures (every sign-up by area and month: an aggregate over the whole
 * history, read on the reader and kept until the data change) and the CSV of an opportunity's
 * sign-ups (an export of all of them).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyzeForPlans, openPlanCheck, type PlanCheck } from '../testing/query-plans.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createVolunteeringRepository, decodeStaffOpportunityCursor } from './volunteering.repository.js';
import { seedVolunteeringAtScale } from './volunteering.scale-seed.js';

const NOW = new Date('2026-10-01T06:00:00.000Z');
const SIZE = 20_000;
let database: TestDatabase;
let plans: PlanCheck;
let repository: ReturnType<typeof createVolunteeringRepository>;

before(async () => {
  database = await createTestDatabase();
  await seedVolunteeringAtScale(database.handle.db, { size: SIZE, seed: 5, years: 3, now: NOW });
  // The generated history ends now: each association plans ten weekly shifts ahead, as the board shows.
  const ahead = (await database.handle.db.selectFrom('volunteering_opportunities').select('id').execute()).flatMap(({ id }, a) =>
    Array.from({ length: 10 }, (_, k) => {
      const starts = new Date(NOW.getTime() + (k * 7 + a / 2 + 1) * 86_400_000);
      return { id: `s-ahead-${a}-${k}`, opportunity_id: id, starts_at: starts.toISOString(), ends_at: new Date(starts.getTime() + 3 * 3_600_000).toISOString(), capacity: 20, minimum_attendees: 0, waiting_list_capacity: 5, max_group_size: 4, roles_json: '[]', status: 'open', reminder_sent_at: null, created_at: NOW.toISOString() };
    }),
  );
  await database.handle.db.insertInto('volunteering_shifts').values(ahead).execute();
  await analyzeForPlans(database);
  plans = await openPlanCheck(database, { guarded: ['volunteering_signups', 'volunteering_shifts'], aliases: ['u', 's'] });
  repository = createVolunteeringRepository(plans.db, { clock: () => NOW, kind: database.kind, manageUrl: (code) => `https://osallistu.example/talkoot#${code}`, uidHost: 'osallistu.example' });
});

after(async () => {
  await plans?.close();
  await database?.cleanup();
});

describe(`volunteering query plans at city scale use indexes (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the board by cursor: all, an area, an association, dates, a theme; deep pages; one opportunity, one shift', async () => {
    const page = (filter: Parameters<typeof repository.board>[0], cursor?: string) => repository.board(filter, { limit: 5, cursor });
    let first = await page({});
    assert.equal(first.items.length, 5);
    assert.ok(first.items.every((o) => o.shifts.length > 0 && o.shifts.every((s) => Date.parse(s.endsAt) >= NOW.getTime())), 'shifts still to come only');
    await plans.check('board', () => page({}));
    await plans.check('board by cursor', () => page({}, first.next!));
    first = await page({}, first.next!);
    await plans.check('board, third page', () => page({}, first.next!));
    await plans.check('board of an area', () => page({ area: 'ita' }));
    await plans.check('board of an association', () => page({ organisation: 'scale-assoc-3' }));
    await plans.check('board of two weeks', () => page({ from: '2026-10-05', to: '2026-10-18' }));
    await plans.check('board of a theme', () => page({ theme: 'neighbourhood', under18: 'true' }));
    await plans.check('an opportunity', () => repository.opportunity('o-scale-3'));
    const shift = await database.handle.db.selectFrom('volunteering_shifts').select('id').orderBy('starts_at', 'desc').limit(1).executeTakeFirstOrThrow();
    await plans.check('a shift', () => repository.shift(shift.id));
  });

  test("the coordinators' opportunities by cursor (ADR 0100): an association's, the city's, a page after a cursor", async () => {
    // One opportunity an association, all made in one instant: the city's pages are ordered by id.
    const page = (organisation: string, cursor?: string | null) => repository.staffOpportunities(organisation, { limit: 3, after: cursor ? decodeStaffOpportunityCursor(cursor)! : undefined });
    const own = await page('scale-assoc-3');
    assert.deepEqual([own.items.map((o) => o.id), own.total, own.next], [['o-scale-3'], 1, null]);
    const city = await page('city');
    assert.equal(city.items.length, 3);
    assert.ok(city.next !== null && city.total > 3);
    await plans.check("the city's staff opportunities", () => page('city'));
    await plans.check("the city's staff opportunities by cursor", () => page('city', city.next));
    const second = await page('city', city.next);
    assert.ok(second.items.every((o) => !city.items.some((c) => c.id === o.id)), 'the page after holds none of the first');
  });

  test("a sign-up by its code, and the overlaps of a volunteer's sign-ups", async () => {
    const shift = await database.handle.db.selectFrom('volunteering_shifts').select('id').orderBy('starts_at', 'desc').limit(1).executeTakeFirstOrThrow();
    await plans.check('by code', () => repository.byCode('KOODI-1234-5678'));
    await plans.check('overlaps', () => repository.overlaps(shift.id, ['KOODI-1234-5678', 'KOODI-8765-4321']));
  });

  test("staff: an association's opportunities, a shift's sign-ups, whose a sign-up is", async () => {
    const signup = await database.handle.db.selectFrom('volunteering_signups').select(['id', 'shift_id']).limit(1).executeTakeFirstOrThrow();
    await plans.check("an association's opportunities (the first page, ADR 0100)", () => repository.staffOpportunities('scale-assoc-3', { limit: 50 }));
    await plans.check("a shift's sign-ups", () => repository.staffSignups(signup.shift_id));
    await plans.check('scope of a sign-up', () => repository.scopeOfSignup(signup.id));
    await plans.check('scope of a shift', () => repository.scopeOfShift(signup.shift_id));
  });
});
