import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { anonymiseOlderThan } from '../feedback.retention.js';
import { seedFeedbackAtScale } from '../feedback.scale-seed.js';
import { groupNames, keptFigures, resolvePeriod } from './feedback-stats.repository.js';
import { refreshReportTimes } from './report-times.js';
import { statsFromDays } from './stats.days.js';
import { referenceStats } from './stats.reference.js';
import { insertReport } from './stats.test-data.js';

const NOW = new Date('2026-11-30T09:30:00.000Z');
let database: TestDatabase;

/** The counts as the migration's backfill would make them from the reports now, zeros left out. */
async function countsFromScratch(): Promise<string[]> {
  const { rows } = await sql<{ m: string; d: string; c: string; u: string; v: number; n: number | string }>`
    select m, d, c, u, v, count(*) as n from (
      select 'r' as m, received_on as d, category_id as c, coalesce(unit_id, '') as u, 0.0 as v from feedback where stats_version is not null
      union all select 'u', received_on, category_id, coalesce(unit_id, ''), 0.0 from feedback where stats_version is not null and first_answer_on is null
      union all select 'o', received_on, category_id, coalesce(unit_id, ''), 0.0 from feedback where stats_version is not null and closed_on is null
      union all select 'f', received_on, category_id, coalesce(unit_id, ''), first_answer_seconds from feedback where stats_version is not null and first_answer_on is not null
      union all select 't', received_on, category_id, coalesce(unit_id, ''), first_answer_target_wd from feedback where stats_version is not null and first_answer_target_wd is not null
      union all select 's', received_on, category_id, coalesce(unit_id, ''), 0.0 from feedback where stats_version is not null and first_answer_on is not null and first_answer_on <= received_on
      union all select 'c', received_on, category_id, coalesce(unit_id, ''), close_seconds from feedback where stats_version is not null and closed_on is not null
      union all select 'k', closed_on, category_id, coalesce(unit_id, ''), case when closed_on < received_on then 1.0 else 0.0 end from feedback where stats_version is not null and closed_on is not null
    ) as t group by m, d, c, u, v`.execute(database.handle.db);
  return rows.map((r) => `${r.m}|${r.d}|${r.c}|${r.u}|${Number(r.v)}|${Number(r.n)}`).sort();
}

async function keptCounts(): Promise<string[]> {
  const rows = await database.handle.db.selectFrom('feedback_stats_days').selectAll().where(sql<boolean>`n <> 0`).execute();
  return rows.map((r) => `${r.measure}|${r.day}|${r.category_id}|${r.unit_id}|${Number(r.value)}|${Number(r.n)}`).sort();
}

/** The counts per duration class (ADR 0045) as kept, and as the day rows give them, zeros left out. */
async function classCountsKeptAndFromDays(): Promise<[string[], string[]]> {
  const db = database.handle.db;
  const kept = await db.selectFrom('feedback_stats_classes').selectAll().where(sql<boolean>`n <> 0`).execute();
  const { rows } = await sql<{ measure: string; month: string; category_id: string; unit_id: string; cls: number; n: number | string }>`
    select measure, substr(day, 1, 7) as month, category_id, unit_id, cls, sum(n) as n from feedback_stats_days
    where measure in ('f', 'c') group by measure, substr(day, 1, 7), category_id, unit_id, cls having sum(n) <> 0`.execute(db);
  const line = (r: { measure: string; month: string; category_id: string; unit_id: string; cls: number; n: number | string }) =>
    `${r.measure}|${r.month}|${r.category_id}|${r.unit_id}|${Number(r.cls)}|${Number(r.n)}`;
  return [kept.map(line).sort(), rows.map(line).sort()];
}

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await seedFeedbackAtScale(db, { size: 3000, seed: 11, years: 2, now: NOW });
  // Rows written without the derived values (as older code, a test or another tool would).
  await insertReport(db, { category: 'streets', unit: 'street-green', createdAt: '2026-11-27T21:59:59.999Z', firstResponseAt: '2026-11-28T10:00:00.000Z' });
  await insertReport(db, { category: 'parks', unit: null, createdAt: '2026-11-29T22:00:00.000Z', closedAt: '2026-11-30T06:00:00.000Z' });
  await insertReport(db, { category: 'library', unit: 'library', createdAt: '2026-06-18T12:00:00.000Z', firstResponseAt: '2026-06-22T05:00:00.000Z', closedAt: '2026-06-20T08:00:00.000Z' });
  await refreshReportTimes(db);
});

after(async () => {
  await database?.cleanup();
});

const queries: { name: string; from?: string; to?: string; category?: string; unit?: string; target?: number }[] = [
  { name: 'the default period' },
  { name: 'two years', from: '2024-12-01', to: '2026-11-30' },
  { name: 'one week', from: '2026-11-23', to: '2026-11-29' },
  { name: 'a past quarter', from: '2025-04-01', to: '2025-06-30' },
  { name: 'a period in the future', from: '2027-01-01', to: '2027-01-31' },
  { name: 'a period up to a future day', from: '2026-11-01', to: '2026-12-31' },
  { name: 'a category', from: '2026-01-01', to: '2026-11-30', category: 'streets' },
  { name: 'a unit', unit: 'library' },
  { name: 'a category and a unit not its own', from: '2025-01-01', to: '2026-11-30', category: 'parks', unit: 'sports' },
  { name: 'a target of 0 working days', target: 0 },
  { name: 'a target of 1 working day', target: 1 },
  { name: 'a target of 12 working days', from: '2025-12-01', to: '2026-02-28', target: 12 },
  // Whole months from the class counts and days at both ends from the day rows (ADR 0045).
  { name: 'whole months with days at both ends', from: '2025-03-15', to: '2026-10-20' },
  { name: 'from the first of a month to mid-month', from: '2026-08-01', to: '2026-09-17' },
  { name: 'within one month', from: '2026-10-02', to: '2026-10-30', category: 'parks' },
];

async function assertEqualToReference(when: string): Promise<void> {
  const db = database.handle.db;
  await refreshReportTimes(db);
  assert.deepEqual(await keptCounts(), await countsFromScratch(), `${when}: the kept counts are those of the reports`);
  const [keptClasses, classesFromDays] = await classCountsKeptAndFromDays();
  assert.deepEqual(keptClasses, classesFromDays, `${when}: the counts per duration class are those of the day rows`);
  const names = await groupNames(db);
  for (const q of queries) {
    const { from, to } = resolvePeriod({ from: q.from, to: q.to }, NOW);
    const input = { from, to, now: NOW, targetWorkingDays: q.target ?? 5, category: q.category, unit: q.unit };
    const expected = await referenceStats(db, input);
    const actual = await statsFromDays(db, database.kind, { ...input, ...names });
    assert.ok(actual !== null, `${when}, ${q.name}: answered from the counts`);
    assert.deepEqual(actual, expected, `${when}, ${q.name}`);
  }
}

describe(`response-time figures from the counts kept per day equal the reference (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('on generated data (reopenings, moves to another unit, anonymised reports)', async () => {
    const db = database.handle.db;
    const reopened = await db.selectFrom('feedback_history').select('feedback_id').where('status', '=', 'in_handling').groupBy('feedback_id').having(sql<boolean>`count(*) > 1`).execute();
    assert.ok(reopened.length > 20, 'the data has reopenings');
    const moved = await sql<{ n: number | string }>`select count(*) as n from feedback f join feedback_categories c on c.id = f.category_id where f.unit_id is distinct from c.unit_id`.execute(db);
    assert.ok(Number(moved.rows[0]!.n) > 20, 'the data has reports moved to another unit');
    await assertEqualToReference('as generated');
  });

  test('after reopenings, closings, moves, category changes, retention and deletions', async () => {
    const db = database.handle.db;
    const open = await db.selectFrom('feedback').select('id').where('closed_at', 'is', null).where('received_on', '>=', '2026-10-01').limit(20).execute();
    const closed = await db.selectFrom('feedback').select('id').where('closed_at', 'is not', null).where('received_on', '>=', '2026-09-01').limit(30).execute();
    // Reopen (closing cleared), close, answer late.
    await db.updateTable('feedback').set({ closed_at: null, status: 'in_handling' }).where('id', 'in', closed.slice(0, 10).map((r) => r.id)).execute();
    await db.updateTable('feedback').set({ closed_at: '2026-11-30T08:00:00.000Z', status: 'done' }).where('id', 'in', open.slice(0, 10).map((r) => r.id)).execute();
    await db.updateTable('feedback').set({ first_response_at: '2026-11-30T09:00:00.000Z' }).where('id', 'in', open.slice(10, 20).map((r) => r.id)).where('first_response_at', 'is', null).execute();
    // Moved to another unit, and to another category.
    await db.updateTable('feedback').set({ unit_id: 'sports' }).where('id', 'in', closed.slice(10, 20).map((r) => r.id)).execute();
    await db.updateTable('feedback').set({ unit_id: null }).where('id', 'in', closed.slice(20, 25).map((r) => r.id)).execute();
    await db.updateTable('feedback').set({ category_id: 'parks' }).where('id', 'in', closed.slice(25, 30).map((r) => r.id)).execute();
    // Retention: anonymised after two years (the times stay), then some deleted outright.
    const result = await anonymiseOlderThan(db, new Date('2025-06-01T00:00:00.000Z'), NOW);
    assert.ok(result.anonymised >= 0);
    const victims = await db.selectFrom('feedback').select('id').where('received_on', '<', '2025-03-01').limit(200).execute();
    await db.deleteFrom('feedback_history').where('feedback_id', 'in', victims.map((r) => r.id)).execute();
    await db.deleteFrom('feedback').where('id', 'in', victims.map((r) => r.id)).execute();
    // Changed inside a transaction that is rolled back: the counts roll back with it.
    await db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('feedback').set({ unit_id: 'library' }).where('id', 'in', closed.slice(0, 5).map((r) => r.id)).execute();
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await assertEqualToReference('after the changes');
  });

  test('ranks at the boundaries of the duration classes (ADR 0045): the same figures as the reference', async () => {
    const db = database.handle.db;
    // March-April 2023, before the generated data: durations on both sides of the class bounds
    // 60 s, 72 s, 86 s and 2,300 s (classes 0|1, 1|2, 2|3, 20|21), so the two order statistics
    // around a median or p90 lie in two classes, or exactly on a bound.
    const at = (day: string, seconds: number) => new Date(Date.parse(`${day}T09:00:00.000Z`) + seconds * 1000).toISOString();
    const firsts = [59.999, 60, 71.999, 72, 85.999, 86, 2299.999, 2300, 60, 72];
    const days = ['2023-03-01', '2023-03-02', '2023-03-15', '2023-03-31', '2023-04-03', '2023-04-04', '2023-04-28', '2023-02-27', '2023-03-20', '2023-04-12'];
    for (const [i, first] of firsts.entries()) {
      const day = days[i]!;
      await insertReport(db, {
        category: i % 3 === 0 ? 'parks' : 'streets',
        unit: i % 2 === 0 ? 'street-green' : 'sports',
        createdAt: `${day}T09:00:00.000Z`,
        firstResponseAt: at(day, first),
        closedAt: i % 4 === 3 ? null : at(day, firsts[(i + 3) % firsts.length]! + first),
      });
    }
    await refreshReportTimes(db);
    const classes = await db.selectFrom('feedback_stats_days').select(['value', 'cls']).where('measure', '=', 'f').where('day', '>=', '2023-02-01').where('day', '<', '2023-05-01').execute();
    const classOf = new Map(classes.map((r) => [Number(r.value), Number(r.cls)]));
    assert.deepEqual([59.999, 60, 71.999, 72, 85.999, 86, 2299.999, 2300].map((v) => classOf.get(v)), [0, 1, 1, 2, 2, 3, 20, 21], 'the bounds');
    const names = await groupNames(db);
    const periods: { from: string; to: string; category?: string; unit?: string }[] = [
      { from: '2023-03-01', to: '2023-03-31' },
      { from: '2023-02-27', to: '2023-04-30' },
      { from: '2023-02-27', to: '2023-04-04' },
      { from: '2023-03-02', to: '2023-04-28' },
      { from: '2023-03-10', to: '2023-04-05' },
      { from: '2023-03-01', to: '2023-04-30', category: 'streets' },
      { from: '2023-03-01', to: '2023-04-30', unit: 'sports' },
    ];
    for (const period of periods) {
      for (const target of [0, 5]) {
        const input = { ...period, now: NOW, targetWorkingDays: target };
        const expected = await referenceStats(db, input);
        assert.ok(expected.overall.firstResponse.count >= 4, 'the period has answered reports');
        const actual = await statsFromDays(db, database.kind, { ...input, ...names });
        assert.ok(actual !== null, `${period.from}–${period.to}: answered from the counts`);
        assert.deepEqual(actual, expected, `${period.from}–${period.to} ${period.category ?? ''}${period.unit ?? ''}, target ${target}`);
      }
    }
  });

  test('a time later than the moment asked for: the figures are read from the reports', async () => {
    const db = database.handle.db;
    const names = await groupNames(db);
    const input = { from: '2026-11-01', to: '2026-11-30', now: new Date('2026-11-29T12:00:00.000Z'), targetWorkingDays: 5, ...names };
    assert.equal(await statsFromDays(db, database.kind, input), null);
    const viaRepository = await keptFigures(db, database.kind, input);
    assert.equal(viaRepository, null, 'the repository then computes from the reports');
  });
});
