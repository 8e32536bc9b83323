import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { recordingLogger, startTestServer, type TestServer } from '../../testing/test-server.js';
import { createFeedbackModule } from '../feedback.module.js';
import { seedFeedbackAtScale } from '../feedback.scale-seed.js';
import { insertReport } from './stats.test-data.js';

// Issue 13: the figures of two years of a city's feedback are heavy to compute, but while they
// are computed the server answers everything else (the old computation held the event loop
// for seconds: /healthz sent during it waited for it). The figures now come from counts kept
// per day (ADR 0043) and take little time; the heaviest path left, the figures read from the
// reports (taken when a stored time lies after the clock), is the one exercised here: a report
// closed after the module's clock makes every figure of this test come from the reports.
const NOW = new Date('2026-11-30T10:00:00.000Z');
const SIZE = 20_000;
let database: TestDatabase;
let server: TestServer;
let code = '';

before(async () => {
  database = await createTestDatabase();
  await seedFeedbackAtScale(database.handle.db, { size: SIZE, seed: 13, years: 2, now: NOW });
  code = (await database.handle.db.selectFrom('feedback').select('tracking_code').orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow()).tracking_code;
  await insertReport(database.handle.db, { category: 'parks', unit: null, createdAt: '2026-11-30T08:00:00.000Z', closedAt: '2026-11-30T11:00:00.000Z' });
  server = await startTestServer({
    db: database.handle,
    config: { origins: [] },
    logger: recordingLogger(),
    modules: [createFeedbackModule({ clock: () => NOW })],
  });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

test(`during a stats request over ${SIZE} reports, status lookups and /healthz answer (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const order: string[] = [];
  // Two years (the longest period), each filter combination new: nothing is cached.
  const stats = fetch(server.at('/api/v1/feedback/stats?from=2024-12-01&to=2026-11-30')).then(async (r) => {
    assert.equal(r.status, 200);
    await r.json();
    order.push('stats');
  });
  let statsDone = false;
  void stats.then(() => (statsDone = true));
  // Requests sent one after another while the figures are computed.
  let sent = 0;
  while (!statsDone && sent < 200) {
    const [status, health] = await Promise.all([fetch(server.at(`/api/v1/feedback/${code}`)), fetch(server.at('/healthz'))]);
    assert.equal(status.status, 200);
    assert.equal(health.status, 200);
    await Promise.all([status.arrayBuffer(), health.arrayBuffer()]);
    if (!statsDone) order.push('lookup+healthz');
    sent++;
  }
  await stats;
  const before = order.indexOf('stats');
  assert.ok(before >= 2, `lookups and /healthz answered before the stats (${order.slice(0, 8).join(', ')}…)`);
});

test(`the figures from the kept counts answer, and lookups answer beside them (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  // Without the report dated after the clock, the same two years come from the kept counts.
  await database.handle.db.deleteFrom('feedback').where('closed_at', '>', NOW.toISOString()).execute();
  const stats = fetch(server.at('/api/v1/feedback/stats?from=2024-12-02&to=2026-11-30'));
  const lookups = Array.from({ length: 5 }, () => fetch(server.at(`/api/v1/feedback/${code}`)));
  for (const response of [await stats, ...(await Promise.all(lookups))]) assert.equal(response.status, 200);
  const figures = (await (await stats).json()) as { overall: { received: number } };
  assert.ok(figures.overall.received > SIZE / 2, `two years of reports (${figures.overall.received})`);
});
