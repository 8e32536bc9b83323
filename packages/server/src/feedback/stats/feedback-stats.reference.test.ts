import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { seedFeedbackAtScale } from '../feedback.scale-seed.js';
import { createFeedbackStatsRepository, resolvePeriod, groupNames } from './feedback-stats.repository.js';
import { refreshReportTimes } from './report-times.js';
import { statsFromDatabase } from './stats.queries.js';
import { referenceStats } from './stats.reference.js';
import { insertReport } from './stats.test-data.js';

const NOW = new Date('2026-11-30T09:30:00.000Z');
let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await seedFeedbackAtScale(db, { size: 3000, seed: 7, years: 2, now: NOW });
  // Rows written without the derived values (as older code, a test or another tool would)…
  await insertReport(db, { category: 'streets', unit: 'street-green', createdAt: '2026-11-27T21:59:59.999Z', firstResponseAt: '2026-11-28T10:00:00.000Z' });
  await insertReport(db, { category: 'parks', unit: null, createdAt: '2026-11-29T22:00:00.000Z', closedAt: '2026-11-30T06:00:00.000Z' });
  await insertReport(db, { category: 'library', unit: 'library', createdAt: '2026-06-18T12:00:00.000Z', firstResponseAt: '2026-06-22T05:00:00.000Z', closedAt: '2026-06-20T08:00:00.000Z' });
});

after(async () => {
  await database?.cleanup();
});

describe(`response-time figures in the database equal the reference computation (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  const queries: { name: string; from?: string; to?: string; category?: string; unit?: string; target?: number }[] = [
    { name: 'the default period' },
    { name: 'the whole history', from: '2024-11-01', to: '2026-11-30' },
    { name: 'one week', from: '2026-11-23', to: '2026-11-29' },
    { name: 'a past quarter', from: '2025-04-01', to: '2025-06-30' },
    { name: 'a period in the future', from: '2027-01-01', to: '2027-01-31' },
    { name: 'a category', from: '2026-01-01', to: '2026-11-30', category: 'streets' },
    { name: 'a unit', unit: 'library' },
    { name: 'a category and a unit not its own', from: '2025-01-01', to: '2026-11-30', category: 'parks', unit: 'sports' },
    { name: 'a target of 1 working day', target: 1 },
    { name: 'a target of 12 working days', from: '2025-12-01', to: '2026-02-28', target: 12 },
  ];

  test('every query, target and filter', async () => {
    const db = database.handle.db;
    await refreshReportTimes(db);
    const names = await groupNames(db);
    for (const q of queries) {
      const { from, to } = resolvePeriod({ from: q.from, to: q.to }, NOW);
      const input = { from, to, now: NOW, targetWorkingDays: q.target ?? 5, category: q.category, unit: q.unit };
      const expected = await referenceStats(db, input);
      const actual = await statsFromDatabase(db, database.kind, { ...input, ...names });
      assert.deepEqual(actual, expected, q.name);
      if (q.name === 'the whole history') assert.ok(expected.overall.received > 2500 && expected.backlog.open > 10, 'the data is not trivial');
    }
  });

  test('after a change, the answer from before is served while the new one is computed, then the new one', async () => {
    const db = database.handle.db;
    const query = { from: '2026-10-01', to: '2026-11-30' };
    const strict = createFeedbackStatsRepository(db, { targetWorkingDays: 5, clock: () => NOW, kind: database.kind, staleMs: 0 });
    const relaxed = createFeedbackStatsRepository(db, { targetWorkingDays: 5, clock: () => NOW, kind: database.kind, staleMs: 60_000, refreshEveryMs: 0 });
    const before = await relaxed.answer(query);
    assert.equal((await strict.answer(query)).etag, before.etag);
    await insertReport(db, { category: 'sports', unit: 'sports', createdAt: '2026-11-02T09:00:00.000Z' });
    const fresh = await strict.answer(query);
    assert.notEqual(fresh.etag, before.etag, 'without staleness: the new figures at once');
    assert.equal((await relaxed.answer(query)).etag, before.etag, 'with it: the figures from before, at once');
    let latest = before;
    for (let i = 0; i < 500 && latest.etag === before.etag; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      latest = await relaxed.answer(query);
    }
    assert.equal(latest.etag, fresh.etag, 'then the new figures, computed in the background');
  });

  test('while reports keep changing, an answer is computed again at most once per refreshEveryMs', async () => {
    const db = database.handle.db;
    const query = { from: '2026-09-01', to: '2026-11-30' };
    // The statements the figures run on the reader, counted.
    let statements = 0;
    const reader = db.withPlugin({
      transformQuery: (args) => {
        statements++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const repository = (refreshEveryMs: number) =>
      createFeedbackStatsRepository(db, { targetWorkingDays: 5, clock: () => NOW, kind: database.kind, reader, staleMs: 60_000, refreshEveryMs });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

    const throttled = repository(60_000);
    const before = await throttled.answer(query);
    const computing = statements;
    assert.ok(computing > 0, 'the first answer is computed on the reader');
    await insertReport(db, { category: 'sports', unit: 'sports', createdAt: '2026-11-03T09:00:00.000Z' });
    assert.equal((await throttled.answer(query)).etag, before.etag, 'the answer from before, at once');
    await settle();
    assert.equal(statements, computing, 'and no computation in the background while it is younger than refreshEveryMs');
    assert.equal((await throttled.answer(query)).etag, before.etag);

    // The same with refreshEveryMs 0: the change starts a computation at once.
    const eager = repository(0);
    const first = await eager.answer(query);
    await insertReport(db, { category: 'sports', unit: 'sports', createdAt: '2026-11-04T09:00:00.000Z' });
    const counted = statements;
    assert.equal((await eager.answer(query)).etag, first.etag);
    let latest = first;
    for (let i = 0; i < 500 && latest.etag === first.etag; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      latest = await eager.answer(query);
    }
    assert.ok(statements > counted, 'computed again in the background');
    assert.notEqual(latest.etag, first.etag);
  });

  test('a report whose times change is filled again before the next figures', async () => {
    const db = database.handle.db;
    const repository = createFeedbackStatsRepository(db, { targetWorkingDays: 5, clock: () => NOW, kind: database.kind });
    const before = await repository.stats({ from: '2026-11-01', to: '2026-11-30' });
    const epochNow = async () => Number((await sql<{ epoch: string | number }>`select epoch from feedback_stats_epoch`.execute(db)).rows[0]!.epoch);
    const epochBefore = await epochNow();
    const row = await db.selectFrom('feedback').select(['id', 'created_at']).where('received_on', '=', '2026-11-24').where('closed_at', 'is', null).executeTakeFirstOrThrow();
    await db.updateTable('feedback').set({ closed_at: '2026-11-30T08:00:00.000Z', first_response_at: '2026-11-30T08:00:00.000Z', status: 'done' }).where('id', '=', row.id).execute();
    const stale = await db.selectFrom('feedback').select('stats_version').where('id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(stale.stats_version, null, 'the trigger marked the row');
    const afterChange = await repository.stats({ from: '2026-11-01', to: '2026-11-30' });
    assert.equal(afterChange.backlog.open, before.backlog.open - 1);
    assert.deepEqual(afterChange, await referenceStats(db, { from: '2026-11-01', to: '2026-11-30', now: NOW, targetWorkingDays: 5 }));
    assert.ok((await epochNow()) > epochBefore, 'the change raised the epoch');
    await db.updateTable('feedback').set({ message: 'edited' }).where('id', '=', row.id).execute();
    assert.equal(await epochNow(), epochBefore + 1, 'a change the figures cannot see leaves it');
  });
});
