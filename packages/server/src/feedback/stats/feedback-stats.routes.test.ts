import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FeedbackStatsSchema, FeedbackStatusSchema, PROBLEM_TYPES, ProblemSchema, SIGNALS_PATHS } from '@kohtaamo/core';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { recordingLogger, startTestServer, type TestServer } from '../../testing/test-server.js';
import { insertReport, seedSignalsFixtures } from './stats.test-data.js';
import { createFeedbackModule } from '../feedback.module.js';

let database: TestDatabase;
let server: TestServer;
const NOW = new Date('2026-03-20T10:00:00.000Z'); // Friday, 12:00 in Helsinki
let codeC = '';
let codeE = '';

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await seedSignalsFixtures(db);
  // The same reports as core's response-times.logic.test.ts, now through the database.
  await insertReport(db, { category: 'streets', createdAt: '2026-03-02T08:00:00.000Z', firstResponseAt: '2026-03-02T10:00:00.000Z', closedAt: '2026-03-03T08:00:00.000Z' });
  await insertReport(db, { category: 'streets', createdAt: '2026-03-03T08:00:00.000Z', firstResponseAt: '2026-03-04T08:00:00.000Z', closedAt: '2026-03-06T08:00:00.000Z' });
  codeC = (await insertReport(db, { category: 'streets', createdAt: '2026-03-04T08:00:00.000Z', firstResponseAt: '2026-03-13T08:00:00.000Z' })).trackingCode;
  await insertReport(db, { category: 'parks', createdAt: '2026-03-10T08:00:00.000Z' });
  codeE = (await insertReport(db, { category: 'parks', createdAt: '2026-03-13T08:00:00.000Z' })).trackingCode;
  await insertReport(db, { category: 'parks', createdAt: '2026-03-16T08:00:00.000Z' });
  await insertReport(db, { category: 'streets', createdAt: '2026-02-20T08:00:00.000Z', firstResponseAt: '2026-02-21T08:00:00.000Z' });
  await insertReport(db, { category: 'streets', createdAt: '2026-02-01T08:00:00.000Z', firstResponseAt: '2026-02-02T08:00:00.000Z', closedAt: '2026-03-10T08:00:00.000Z' });
  // An old report closed long before the period: not read at all.
  await insertReport(db, { category: 'streets', createdAt: '2025-01-01T08:00:00.000Z', closedAt: '2025-01-02T08:00:00.000Z' });
  server = await startTestServer({
    db: database.handle,
    config: { origins: [] },
    logger: recordingLogger(),
    modules: [createFeedbackModule({ responseTargetWorkingDays: 5, clock: () => NOW, statsStaleMs: 0 })],
  });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

const statsUrl = (query: string) => server.at(`${SIGNALS_PATHS.feedbackStats}${query}`);

describe(`GET /api/v1/feedback/stats (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the figures of a period, as hand-computed, with the open reports counted', async () => {
    const response = await fetch(statsUrl('?from=2026-03-02&to=2026-03-15'));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('cache-control') ?? '', /public/);
    const stats = v.parse(FeedbackStatsSchema, await response.json());
    assert.deepEqual(stats.period, { from: '2026-03-02', to: '2026-03-15' });
    assert.equal(stats.overall.received, 5);
    assert.deepEqual(stats.overall.firstResponse, { count: 3, open: 2, medianSeconds: 86_400, p90Seconds: 639_360 });
    assert.deepEqual(stats.overall.close, { count: 2, open: 3, medianSeconds: 172_800, p90Seconds: 241_920 });
    assert.deepEqual(stats.overall.withinTarget, { met: 2, missed: 2, pending: 1, share: 0.5 });
    assert.deepEqual(stats.byCategory.map((g) => [g.id, g.received, g.name.fi]), [['streets', 3, 'Kadut'], ['parks', 2, 'Puistot']]);
    assert.deepEqual(stats.byUnit.map((g) => [g.id, g.received, g.name.en]), [['u-streets', 3, 'Street services'], ['u-parks', 2, 'Green areas']]);
    assert.equal(stats.backlog.open, 4);
    assert.deepEqual(stats.backlog.buckets.map((b) => b.count), [0, 2, 1, 1, 0]);
    assert.deepEqual(stats.weeks.map((w) => [w.week, w.received, w.closed]), [['2026-W10', 3, 2], ['2026-W11', 2, 1]]);
  });

  test('filters by category and by unit; an empty parameter is no filter', async () => {
    const parks = v.parse(FeedbackStatsSchema, await (await fetch(statsUrl('?from=2026-03-02&to=2026-03-15&category=parks'))).json());
    assert.equal(parks.overall.received, 2);
    assert.deepEqual(parks.filters, { category: 'parks', unit: null });
    const unit = v.parse(FeedbackStatsSchema, await (await fetch(statsUrl('?from=2026-03-02&to=2026-03-15&unit=u-streets&category='))).json());
    assert.equal(unit.overall.received, 3);
    assert.deepEqual(unit.filters, { category: null, unit: 'u-streets' });
  });

  test('without a period: the 12 weeks up to today', async () => {
    const stats = v.parse(FeedbackStatsSchema, await (await fetch(statsUrl(''))).json());
    assert.deepEqual(stats.period, { from: '2025-12-29', to: '2026-03-20' });
    assert.equal(stats.weeks.length, 12);
    assert.equal(stats.overall.received, 8); // everything since 29.12.2025
  });

  test('no personal data in the answer', async () => {
    const text = await (await fetch(statsUrl('?from=2025-01-01&to=2026-03-20'))).text();
    for (const secret of ['asukas@example.fi', 'Testi Asukas', '040 123 4567', 'Kauppakatu', 'Katuvalo']) {
      assert.ok(!text.includes(secret), `the stats must not contain ${secret}`);
    }
  });

  test('an ETag answers a repeat with 304, and a change to a report of the period gives new figures', async () => {
    const url = statsUrl('?from=2024-01-01&to=2024-12-31');
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]+"$/);
    assert.equal(v.parse(FeedbackStatsSchema, await first.json()).overall.received, 0);
    const again = await fetch(url, { headers: { 'If-None-Match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.match(again.headers.get('cache-control') ?? '', /max-age/);
    // Written straight into the table (as another process or tool would): the epoch trigger sees it.
    const { id } = await insertReport(database.handle.db, { category: 'parks', createdAt: '2024-05-06T08:00:00.000Z' });
    const changed = await fetch(url, { headers: { 'If-None-Match': etag! } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.equal(v.parse(FeedbackStatsSchema, await changed.json()).overall.firstResponse.open, 1);
    await database.handle.db.updateTable('feedback').set({ first_response_at: '2024-05-07T08:00:00.000Z' }).where('id', '=', id).execute();
    const answered = v.parse(FeedbackStatsSchema, await (await fetch(url)).json());
    assert.deepEqual(answered.overall.firstResponse, { count: 1, open: 0, medianSeconds: 86_400, p90Seconds: 86_400 });
  });

  test('an invalid period is a 422 problem with pointers', async () => {
    const response = await fetch(statsUrl('?from=2026-03-15&to=2026-03-01'), { headers: { 'Accept-Language': 'en' } });
    assert.equal(response.status, 422);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = v.parse(ProblemSchema, await response.json());
    assert.equal(problem.type, PROBLEM_TYPES.validation);
    assert.deepEqual(problem.errors?.map((e) => [e.pointer, e.code, e.detail]), [
      ['#/to', 'signals.period.order', 'The end date cannot be before the start date.'],
    ]);
    const bad = v.parse(ProblemSchema, await (await fetch(statsUrl('?from=yesterday&category=Not%20a%20slug'))).json());
    assert.deepEqual(bad.errors?.map((e) => e.pointer).sort(), ['#/category', '#/from']);
  });
});

describe(`per-report response time in GET /api/v1/feedback/{code} (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('answered late: seconds, working days and the target', async () => {
    const response = await fetch(server.at(`/api/v1/feedback/${codeC}`));
    assert.equal(response.status, 200);
    const status = v.parse(FeedbackStatusSchema, await response.json());
    assert.deepEqual(status.responseTime, {
      firstResponseSeconds: 777_600,
      closeSeconds: null,
      firstResponseWorkingDays: 7,
      targetWorkingDays: 5,
      withinTarget: false,
    });
  });

  test('not answered yet, still within the target', async () => {
    const status = v.parse(FeedbackStatusSchema, await (await fetch(server.at(`/api/v1/feedback/${codeE}`))).json());
    assert.deepEqual(status.responseTime, {
      firstResponseSeconds: null,
      closeSeconds: null,
      firstResponseWorkingDays: null,
      targetWorkingDays: 5,
      withinTarget: null,
    });
  });
});
