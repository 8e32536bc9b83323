import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_PATHS, IDEMPOTENCY_HEADER, PROBLEM_TYPES, ProblemSchema, type Problem } from '@kohtaamo/core';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './db/database.types.js';
import { MAX_BODY_BYTES } from './app.js';
import { seedCategories } from './feedback/feedback.seed.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from './testing/test-server.js';

const EMBEDDING_SITE = 'https://www.heinola.fi';
const SECRET = 'secret-internal-detail-5f1c';

let database: TestDatabase;
let server: TestServer;
const logger = recordingLogger();

before(async () => {
  database = await createTestDatabase();
  await seedCategories(database.handle.db);
  server = await startTestServer({
    db: database.handle,
    config: { origins: [EMBEDDING_SITE, 'http://localhost:8000'] },
    logger,
    extraRoutes: (app) => {
      app.get('/__test/throw', () => {
        throw new Error(`Boom: ${SECRET}`);
      });
    },
  });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

async function problemOf(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = v.parse(ProblemSchema, await response.json());
  assert.equal(problem.status, status);
  return problem;
}

describe(`HTTP plumbing (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('an unknown route → 404 problem', async () => {
    for (const path of ['/api/v1/nothing-here', '/no/such/page', '/api/v1/feedback/a/b']) {
      const problem = await problemOf(await fetch(server.at(path)), 404);
      assert.equal(problem.type, PROBLEM_TYPES.notFound);
    }
    await problemOf(await fetch(server.at('/api/v1/nothing'), { method: 'POST' }), 404);
  });

  test('a wrong method → 405 problem with Allow', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', FEEDBACK_PATHS.categories, 'GET, HEAD, OPTIONS'],
      // GET is the public list of published feedback (feedback-resident.routes.ts).
      ['PUT', FEEDBACK_PATHS.submissions, 'GET, HEAD, POST, OPTIONS'],
      ['DELETE', FEEDBACK_PATHS.submissions, 'GET, HEAD, POST, OPTIONS'],
      ['POST', FEEDBACK_PATHS.status('PARK-2025-B'), 'GET, HEAD, OPTIONS'],
      ['POST', '/healthz', 'GET, HEAD, OPTIONS'],
      ['PATCH', '/openapi.json', 'GET, HEAD, OPTIONS'],
      ['POST', '/', 'GET, HEAD, OPTIONS'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await fetch(server.at(path), { method });
      await problemOf(response, 405);
      assert.equal(response.headers.get('allow'), allow, `${method} ${path}`);
    }
  });

  test('HEAD works wherever GET does; OPTIONS without CORS answers Allow', async () => {
    const head = await fetch(server.at('/healthz'), { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    const options = await fetch(server.at('/openapi.json'), { method: 'OPTIONS' });
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });

  test('a thrown error → 500 problem without stack or message; logged on the server', async () => {
    const before = logger.entries.length;
    const response = await fetch(server.at('/__test/throw'), { headers: { 'Accept-Language': 'en' } });
    const text = await response.text();
    assert.equal(response.status, 500);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = v.parse(ProblemSchema, JSON.parse(text));
    assert.equal(problem.type, PROBLEM_TYPES.internal);
    assert.equal(problem.code, 'common.unexpected');
    for (const leak of [SECRET, 'Boom', 'at ', '.ts', 'stack', 'Error']) assert.ok(!text.includes(leak), `"${leak}" in ${text}`);
    assert.equal(logger.entries.length, before + 1);
    assert.match(String(logger.entries.at(-1)?.error), new RegExp(SECRET));
  });

  test('a database failure inside a route → 500 problem without internals', async () => {
    const scratch = await createTestDatabase();
    const broken = await startTestServer({ db: scratch.handle, config: { origins: [] }, logger });
    try {
      // Later migrations' tables refer to these: PostgreSQL needs CASCADE (SQLite has no such word).
      const cascade = scratch.kind === 'postgresql' ? sql` cascade` : sql``;
      await sql`drop table feedback${cascade}`.execute(scratch.handle.db);
      await sql`drop table feedback_categories${cascade}`.execute(scratch.handle.db);
      const before = logger.entries.length;
      const response = await fetch(broken.at(FEEDBACK_PATHS.categories));
      const text = await response.text();
      assert.equal(response.status, 500);
      for (const leak of ['feedback_categories', 'no such table', 'relation', 'select', 'SQLITE', 'stack']) {
        assert.ok(!text.includes(leak), `"${leak}" in ${text}`);
      }
      assert.equal(logger.entries.length, before + 1);
    } finally {
      await broken.close();
      await scratch.cleanup();
    }
  });

  test('GET /healthz → 503 problem when the database cannot be reached', async () => {
    const scratch = await createTestDatabase();
    const down = await startTestServer({ db: scratch.handle, config: { origins: [] }, logger });
    try {
      await scratch.handle.close();
      const before = logger.entries.length;
      const response = await fetch(down.at('/healthz'));
      const problem = await problemOf(response, 503);
      assert.equal(problem.type, PROBLEM_TYPES.unavailable);
      assert.equal(logger.entries.length, before + 1);
    } finally {
      await down.close();
      await scratch.cleanup();
    }
  });

  test('an unreachable PostgreSQL → 503 problem with Retry-After, on the API and on /healthz', async () => {
    // Port 1 on the loopback refuses at once: an outage without waiting for a timeout.
    const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/kohtaamo', connectionTimeoutMillis: 5000 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const down = await startTestServer({ db: { db, kind: 'postgresql' }, config: { origins: [] }, logger });
    try {
      for (const path of ['/healthz', FEEDBACK_PATHS.categories]) {
        const response = await fetch(down.at(path));
        const problem = await problemOf(response, 503);
        assert.equal(problem.type, PROBLEM_TYPES.unavailable, path);
        assert.equal(problem.code, 'common.serverDown');
        assert.equal(response.headers.get('retry-after'), '5');
      }
      const post = await postJson(down.at(FEEDBACK_PATHS.submissions), validSubmission());
      await problemOf(post, 503);
    } finally {
      await down.close();
      await db.destroy();
    }
  });

  test(`a body over ${MAX_BODY_BYTES} bytes → 413 problem, with or without Content-Length`, async () => {
    const big = JSON.stringify(validSubmission({ message: 'x'.repeat(MAX_BODY_BYTES) }));
    await problemOf(await postJson(server.at(FEEDBACK_PATHS.submissions), big), 413);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(big);
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const response = await fetch(server.at(FEEDBACK_PATHS.submissions), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunked,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    await problemOf(response, 413);
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(server.at(FEEDBACK_PATHS.submissions), {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': `content-type, ${IDEMPOTENCY_HEADER.toLowerCase()}`,
        },
      });

    test('a preflight from an allowed origin succeeds with the needed headers', async () => {
      const response = await preflight(EMBEDDING_SITE);
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), EMBEDDING_SITE);
      const allowHeaders = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      assert.ok(allowHeaders.includes('content-type') && allowHeaders.includes('idempotency-key'), allowHeaders);
      assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.match(response.headers.get('vary') ?? '', /Origin/);
    });

    test('a request from a site not in KOHTAAMO_ORIGINS: a 403 problem the page can read, naming the site and the setting', async () => {
      const response = await fetch(server.at(FEEDBACK_PATHS.categories), { headers: { Origin: 'https://cms.example.fi', 'Accept-Language': 'en' } });
      assert.equal(response.status, 403);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      // Readable by that page (the refusal only), never with credentials.
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://cms.example.fi');
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
      const problem = v.parse(ProblemSchema, await response.json());
      assert.equal(problem.type, PROBLEM_TYPES.originNotAllowed);
      assert.equal(problem.code, 'common.originNotAllowed');
      assert.match(problem.detail ?? '', /https:\/\/cms\.example\.fi.*KOHTAAMO_ORIGINS/);
      // A foreign POST is refused before it is looked at; nothing is stored.
      const post = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission(), { Origin: 'https://cms.example.fi' });
      assert.equal(post.status, 403);
      // Listed, same-origin and script-less requests pass as before.
      assert.equal((await fetch(server.at(FEEDBACK_PATHS.categories), { headers: { Origin: EMBEDDING_SITE } })).status, 200);
      assert.equal((await fetch(server.at(FEEDBACK_PATHS.categories))).status, 200);
      assert.equal((await fetch(server.at(FEEDBACK_PATHS.categories), { headers: { Origin: server.url.replace(/\/$/, '') } })).status, 200);
    });

    test('a preflight from another origin gets no allow header', async () => {
      const response = await preflight('https://evil.example');
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });

    test('the actual request from an allowed origin exposes Location and Retry-After', async () => {
      const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission(), { Origin: EMBEDDING_SITE });
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('access-control-allow-origin'), EMBEDDING_SITE);
      const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase();
      assert.ok(exposed.includes('location') && exposed.includes('retry-after'), exposed);
    });

    test('a same-origin request works without any allow-list entry', async () => {
      const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission(), {
        Origin: server.url.replace(/\/$/, ''),
      });
      assert.equal(response.status, 201);
    });

    test('KOHTAAMO_ORIGINS=* allows any origin', async () => {
      const open = await startTestServer({ db: database.handle, config: { origins: ['*'] }, logger });
      try {
        const response = await fetch(open.at(FEEDBACK_PATHS.categories), { headers: { Origin: 'https://any.example' } });
        assert.equal(response.headers.get('access-control-allow-origin'), '*');
      } finally {
        await open.close();
      }
    });
  });

  test('every answer has X-Content-Type-Options: nosniff and varies by Accept-Language', async () => {
    for (const path of ['/healthz', FEEDBACK_PATHS.categories, '/nope']) {
      const response = await fetch(server.at(path));
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.match(response.headers.get('vary') ?? '', /Accept-Language/, path);
    }
  });
});
