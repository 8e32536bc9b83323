import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { recordingLogger, startTestServer, type TestServer } from '../testing/test-server.js';
import { createFeedbackModule } from './feedback.module.js';
import { seedFeedbackAtScale } from './feedback.scale-seed.js';

// Residents submit at the same moment, in the same and in different categories, while the
// figures are asked for: every submission is stored, none fails. On PostgreSQL each submission's
// triggers lock the day counts of its category, the public counts and the one epoch row of the
// figures' cache; two transactions that took them in different orders deadlocked, and
// PostgreSQL killed one (seen under the mixed load of bench:scale at 500,000 reports: 2 of 64
// submissions answered 500). Every statement on `feedback` now takes the epoch row first
// (feedback migration 0010).
let database: TestDatabase;
let server: TestServer;

before(async () => {
  database = await createTestDatabase();
  await seedFeedbackAtScale(database.handle.db, { size: 2_000, seed: 7, years: 1, now: new Date() });
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger: recordingLogger(), modules: [createFeedbackModule()] });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

test(`concurrent submissions in four categories, with stats requests among them, all stored (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const categories = ['streets', 'parks', 'streets', 'environment'];
  const rounds = 6;
  const perRound = 16;
  let stored = 0;
  for (let round = 0; round < rounds; round++) {
    const answers = await Promise.all(
      Array.from({ length: perRound }, async (_, i) => {
        if (i % 8 === 7) {
          const stats = await fetch(server.at(`/api/v1/feedback/stats?category=${categories[i % 4]}`));
          await stats.arrayBuffer();
          return { kind: 'stats', status: stats.status };
        }
        const response = await fetch(server.at('/api/v1/feedback'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ category: categories[(i + round) % 4], message: `Kuoppa ajoradassa, kierros ${round}, ${i}.`, location: { address: 'Kauppakatu 1' }, lang: 'fi' }),
        });
        await response.arrayBuffer();
        return { kind: 'submit', status: response.status };
      }),
    );
    for (const a of answers) {
      if (a.kind === 'submit') assert.equal(a.status, 201, `a submission answered ${a.status}`);
      else assert.equal(a.status, 200);
    }
    stored += answers.filter((a) => a.kind === 'submit').length;
  }
  const { n } = await database.handle.db.selectFrom('feedback').select((eb) => eb.fn.countAll<number | string>().as('n')).where('message', 'like', 'Kuoppa ajoradassa, kierros%').executeTakeFirstOrThrow();
  assert.equal(Number(n), stored);
});
