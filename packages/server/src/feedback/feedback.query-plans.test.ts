import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { analyzeForPlans, openPlanCheck, type PlanCheck } from '../testing/query-plans.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createFeedbackRepository } from './feedback.repository.js';
import { createFeedbackResidentRepository, decodeListCursor } from './feedback-resident.repository.js';
import { seedFeedbackAtScale } from './feedback.scale-seed.js';
import { groupNames } from './stats/feedback-stats.repository.js';
import { refreshReportTimes } from './stats/report-times.js';
import { createHandlingRepository } from './handling/handling.repository.js';
import { createOpen311Repository } from './open311/open311.repository.js';
import { statsFromDays } from './stats/stats.days.js';
import { statsFromDatabase } from './stats/stats.queries.js';

// Issue 13: the queries the public API runs find their rows through an index at city scale,
// never by reading the whole reports table. Checked on the plans of both databases over
// generated data (ANALYZEd, so the planners know its size): testing/query-plans.ts.
const NOW = new Date('2026-11-30T10:00:00.000Z');
const SIZE = 20_000;
let database: TestDatabase;
let plans: PlanCheck;
let logged: Kysely<Database>;

before(async () => {
  database = await createTestDatabase();
  await seedFeedbackAtScale(database.handle.db, { size: SIZE, seed: 5, years: 2, now: NOW });
  await analyzeForPlans(database);
  plans = await openPlanCheck(database, {
    // Not feedback_stats_classes: it grows with months × categories × units × 82 duration classes,
    // not with reports, and PostgreSQL rightly reads it whole for a period of many months; ADR 0045.
    guarded: ['feedback', 'feedback_history', 'feedback_stats_days'],
    aliases: ['f', 'h'],
    checks: /"?feedback(_history|_stats_days|_stats_classes)?"?/,
  });
  logged = plans.db;
});

after(async () => {
  await plans?.close();
  await database?.cleanup();
});

const plansOf = (name: string, run: () => Promise<unknown>) => plans.check(name, run);

describe(`query plans at city scale use indexes (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the stats of the default period, of a week, of a category; the refresh of new reports', async () => {
    const names = await groupNames(database.handle.db);
    const input = { now: NOW, targetWorkingDays: 5, ...names };
    await plansOf('stats, 12 weeks', () => statsFromDatabase(logged, database.kind, { ...input, from: '2026-09-07', to: '2026-11-30' }));
    await plansOf('stats, one week', () => statsFromDatabase(logged, database.kind, { ...input, from: '2026-11-23', to: '2026-11-29' }));
    await plansOf('stats, a category', () => statsFromDatabase(logged, database.kind, { ...input, from: '2026-09-07', to: '2026-11-30', category: 'youth' }));
    await plansOf('refresh', () => refreshReportTimes(logged));
  });

  test('the stats from the counts kept per day (ADR 0043): 12 weeks, a week, a category, a unit, a past quarter', async () => {
    const names = await groupNames(database.handle.db);
    const input = { now: NOW, targetWorkingDays: 5, ...names };
    const kept = async (extra: { from: string; to: string; category?: string; unit?: string }) =>
      assert.ok((await statsFromDays(logged, database.kind, { ...input, ...extra })) !== null, 'answered from the counts');
    await plansOf('kept stats, 12 weeks', () => kept({ from: '2026-09-07', to: '2026-11-30' }));
    await plansOf('kept stats, one week', () => kept({ from: '2026-11-23', to: '2026-11-29' }));
    await plansOf('kept stats, a category', () => kept({ from: '2026-09-07', to: '2026-11-30', category: 'youth' }));
    await plansOf('kept stats, a unit', () => kept({ from: '2026-09-07', to: '2026-11-30', unit: 'library' }));
    await plansOf('kept stats, a past quarter', () => kept({ from: '2025-04-01', to: '2025-06-30' }));
    await plansOf('kept stats, two years', () => kept({ from: '2024-12-01', to: '2026-11-30' }));
    await plansOf('kept stats, whole months and days at both ends', () => kept({ from: '2025-03-15', to: '2026-10-20' }));
  });

  test('the staff queue: oldest and newest first, by category, open ones, deep pages by cursor', async () => {
    const handling = createHandlingRepository(logged, { clock: () => NOW });
    const admin = { id: 'admin-1', role: 'admin', categories: [] } as unknown as Parameters<typeof handling.inbox>[0];
    const handler = { id: 'handler-1', role: 'handler', categories: ['library', 'youth'] } as unknown as Parameters<typeof handling.inbox>[0];
    type InboxQuery = Parameters<typeof handling.inbox>[1];
    const q = (extra: Record<string, unknown>) => ({ limit: 50, offset: 0, order: 'oldest', ...extra }) as unknown as InboxQuery;
    await plansOf('queue, newest first', () => handling.inbox(admin, q({ order: 'newest' })));
    await plansOf('queue of a handler', () => handling.inbox(handler, q({})));
    await plansOf('queue by category, open', () => handling.inbox(admin, q({ category: 'parks', state: 'open' })));
    let page = await handling.inbox(admin, q({ order: 'newest' }));
    for (let i = 0; i < 3; i++) page = await handling.inbox(admin, q({ order: 'newest', cursor: page.next! }));
    await plansOf('queue by cursor', () => handling.inbox(admin, q({ order: 'newest', cursor: page.next! })));
  });

  test('the Open311 list: the 90-day window, by service, deep pages by cursor, one request', async () => {
    const open311 = createOpen311Repository(logged);
    const window = { start: '2026-09-01T00:00:00.000Z', end: NOW.toISOString() };
    const base = { categoryIds: [] as string[], statuses: [] as never[], ...window, limit: 100 };
    await plansOf('open311 list', () => open311.findPublished(base));
    await plansOf('open311 list by service', () => open311.findPublished({ ...base, categoryIds: ['parks'] }));
    const first = await open311.findPublished(base);
    const last = first.at(-1)!;
    await plansOf('open311 list by cursor', () => open311.findPublished({ ...base, after: { createdAt: last.createdAt, id: last.id } }));
    await plansOf('open311 one request', () => open311.findByCodes([last.trackingCode]));
  });

  test('the public list: first page, by category, open ones, and deep pages by cursor', async () => {
    const residents = createFeedbackResidentRepository(logged, { clock: () => NOW });
    await plansOf('list', () => residents.listPublic({}));
    await plansOf('list by category', () => residents.listPublic({ category: 'parks' }));
    await plansOf('list of open', () => residents.listPublic({ status: 'open' }));
    let page = await residents.listPublic({ pageSize: 100 });
    for (let i = 0; i < 3; i++) page = await residents.listPublic({ pageSize: 100, cursor: page.next! });
    assert.equal(page.page, 4);
    await plansOf('list by cursor', () => residents.listPublic({ pageSize: 100, cursor: page.next! }));
  });

  test("the form's nearby open reports of a category (at most 200 read, the nearest five shown)", async () => {
    const residents = createFeedbackResidentRepository(logged, { clock: () => NOW });
    const { lat, lon } = await database.handle.db.selectFrom('feedback').select(['lat', 'lon']).where('lat', 'is not', null).where('category_id', '=', 'parks').limit(1).executeTakeFirstOrThrow();
    await plansOf('nearby', () => residents.nearby('parks', { lat: Number(lat), lon: Number(lon) }));
  });

  test('the status lookup by tracking code', async () => {
    const code = (await database.handle.db.selectFrom('feedback').select('tracking_code').limit(1).executeTakeFirstOrThrow()).tracking_code;
    const feedback = createFeedbackRepository(logged, { clock: () => NOW });
    await plansOf('status', () => feedback.findStatus(code));
  });

  test('paging by cursor walks a filtered list once, newest first, as pages by number do', async () => {
    const residents = createFeedbackResidentRepository(database.handle.db, { clock: () => NOW });
    const seen: string[] = [];
    let page = await residents.listPublic({ category: 'youth', pageSize: 100 });
    const total = page.total;
    seen.push(...page.items.map((i) => i.trackingCode));
    while (page.next) {
      assert.equal(decodeListCursor(page.next)?.page, page.page + 1);
      const byNumber = await residents.listPublic({ category: 'youth', pageSize: 100, page: page.page + 1 });
      page = await residents.listPublic({ category: 'youth', pageSize: 100, cursor: page.next });
      assert.deepEqual(page.items.map((i) => i.trackingCode), byNumber.items.map((i) => i.trackingCode));
      seen.push(...page.items.map((i) => i.trackingCode));
    }
    assert.ok(total > 300, `a list of several pages (${total})`);
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });
});
