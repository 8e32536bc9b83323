import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { recordingLogger, startTestServer, type TestServer } from '../../testing/test-server.js';
import { createFeedbackModule } from '../feedback.module.js';
import { seedFeedbackAtScale } from '../feedback.scale-seed.js';

// Issue 13: the figures of two years of a city's feedback are heavy to compute, but while they
// are computed the server answers everything else (the old computation held the event loop
// for seconds: /healthz sent during it waited for it).
const NOW = new Date('2026-11-30T10:00:00.000Z');
const SIZE = 20_000;
let database: TestDatabase;
let server: TestServer;
let code = '';

before(async () => {
  database = await createTestDatabase();
  await seedFeedbackAtScale(database.handle.db, { size: SIZE, seed: 13, years: 2, now: NOW });
  code = (await database.handle.db.selectFrom('feedback').select('tracking_code').orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow()).tracking_code;
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
