import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_PATHS, FeedbackCategoryListSchema, FeedbackReceiptSchema, IDEMPOTENCY_HEADER, newIdempotencyKey } from '@kohtaamo/core';
import { DEMO_FEEDBACK, HEINOLA_CATEGORIES } from './feedback/feedback.seed.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';
import { childEnv, runMainToExit, spawnMain, STARTUP_LINE } from './testing/spawn-main.js';
import { postJson, validSubmission } from './testing/test-server.js';

let database: TestDatabase;

before(async () => {
  // The child processes migrate the database themselves.
  database = await createTestDatabase({ migrate: false });
});

after(async () => {
  await database?.cleanup();
});

const label = process.env.KOHTAAMO_TEST_DB ?? 'sqlite';

describe(`main.ts as a process (${label})`, { timeout: 120_000 }, () => {
  test('with PORT=0 and --demo: migrates, seeds, prints one line with the real URL, and serves', async () => {
    const main = await spawnMain(childEnv(database.config), ['--demo']);
    try {
      assert.equal(main.stdout.length, 1, main.stdout.join('\n'));
      const [, kind, url] = STARTUP_LINE.exec(main.stdout[0]!)!;
      assert.equal(kind, 'demo');
      const port = Number(new URL(url!).port);
      assert.ok(port > 0, 'the real port, not 0');
      assert.match(main.stdout[0]!, database.kind === 'sqlite' ? /\(SQLite / : /\(PostgreSQL /);

      const health = (await (await fetch(new URL('healthz', main.url))).json()) as { database: string };
      assert.equal(health.database, database.kind);
      const list = v.parse(FeedbackCategoryListSchema, await (await fetch(new URL(FEEDBACK_PATHS.categories.slice(1), main.url))).json());
      assert.equal(list.items.length, HEINOLA_CATEGORIES.length);
      const demo = await fetch(new URL(FEEDBACK_PATHS.status(DEMO_FEEDBACK[0]!.trackingCode).slice(1), main.url));
      assert.equal(demo.status, 200);
      // The demo is current: Open311's default window (the last 90 days) lists published reports (issue 8).
      const recent = (await (await fetch(new URL('open311/v2/requests.json', main.url))).json()) as unknown[];
      assert.ok(recent.length >= 3, `${recent.length} requests in the last 90 days`);
      const page = await (await fetch(main.url)).text();
      assert.ok(page.includes('<script type="module" src="/widgets/kohtaamo.js"></script>'));
    } finally {
      main.child.kill('SIGTERM');
      const { code } = await main.exited;
      assert.equal(code, 0, 'SIGTERM is a clean exit');
      assert.match(main.stderr(), /SIGTERM/);
    }
  });

  test('every acknowledged feedback survives SIGKILL right after its 201', async () => {
    const first = await spawnMain(childEnv(database.config), ['--demo']);
    const submissions = 25;
    const codes: string[] = [];
    const key = newIdempotencyKey();
    let lastBody = '';
    try {
      for (let i = 0; i < submissions; i++) {
        const last = i === submissions - 1;
        const response = await postJson(
          new URL(FEEDBACK_PATHS.submissions.slice(1), first.url).toString(),
          validSubmission({ message: `Kestävyystesti, palaute ${i + 1}.` }),
          last ? { [IDEMPOTENCY_HEADER]: key } : {},
        );
        assert.equal(response.status, 201);
        const text = await response.text();
        if (last) lastBody = text;
        codes.push(v.parse(FeedbackReceiptSchema, JSON.parse(text)).trackingCode);
      }
    } finally {
      first.child.kill('SIGKILL');
    }
    assert.equal((await first.exited).signal, 'SIGKILL');

    const second = await spawnMain(childEnv(database.config));
    try {
      for (const code of codes) {
        const response = await fetch(new URL(FEEDBACK_PATHS.status(code).slice(1), second.url));
        assert.equal(response.status, 200, `${code} was acknowledged and must still be there`);
      }
      // The idempotency key was stored with the last feedback: a retry gets the same answer.
      const retry = await postJson(
        new URL(FEEDBACK_PATHS.submissions.slice(1), second.url).toString(),
        validSubmission({ message: `Kestävyystesti, palaute ${submissions}.` }),
        { [IDEMPOTENCY_HEADER]: key },
      );
      assert.equal(await retry.text(), lastBody);
      const stored = await database.handle.db
        .selectFrom('feedback')
        .select('tracking_code')
        .where('message', 'like', 'Kestävyystesti, palaute %')
        .execute();
      assert.equal(stored.length, submissions);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});

describe('main.ts refuses to start with a clear message', { timeout: 120_000 }, () => {
  test('a SQLite file that cannot be opened → exit 1', async () => {
    const result = await runMainToExit(childEnv({ kind: 'sqlite', file: '/dev/null/kohtaamo.sqlite' }));
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^Kohtaamo: cannot open the SQLite database \/dev\/null\/kohtaamo\.sqlite: /);
  });

  test('a PostgreSQL server that does not answer → exit 1, password not shown', async () => {
    const result = await runMainToExit(childEnv({ kind: 'postgresql', url: 'postgres://kohtaamo:s3cret@127.0.0.1:1/kohtaamo' }));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^Kohtaamo: cannot use the PostgreSQL database postgres:\/\/kohtaamo:\*\*\*@127\.0\.0\.1:1\/kohtaamo: /);
    assert.ok(!result.stderr.includes('s3cret'));
  });

  test('a bad environment → exit 1 naming the variable', async () => {
    const result = await runMainToExit(childEnv(null, { PORT: 'eighty' }));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /PORT/);
  });
});
