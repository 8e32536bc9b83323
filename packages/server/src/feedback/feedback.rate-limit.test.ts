import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_PATHS, PROBLEM_TYPES, ProblemSchema } from '@kohtaamo/core';
import { createHash } from 'node:crypto';
import { moduleContext } from '../app.js';
import type { DatabaseHandle } from '../db/database.js';
import { RATE_LIMIT_SECRET } from '../platform/rate-limit/rate-limit.js';
import { cleanUp } from '../platform/runtime.js';
import { hmacHex } from '../platform/secrets/server-secrets.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../testing/test-server.js';
import { seedSignalsFixtures } from './stats/stats.test-data.js';

let database: TestDatabase;
let other: DatabaseHandle;
let serverA: TestServer;
let serverB: TestServer;
let proxied: TestServer;
let now = new Date('2026-03-20T10:00:10.000Z');
const clock = () => now;
const limit = { max: 3, windowSeconds: 60 };

before(async () => {
  database = await createTestDatabase();
  await seedSignalsFixtures(database.handle.db);
  other = await database.openAnother();
  const common = { config: { origins: [] }, logger: recordingLogger() } as const;
  // Two "servers" on two connections to one database share the counters.
  serverA = await startTestServer({ ...common, db: database.handle, clock, platform: { rateLimitByScope: { feedback: limit } } });
  serverB = await startTestServer({ ...common, db: other, clock, platform: { rateLimitByScope: { feedback: limit } } });
  proxied = await startTestServer({ ...common, db: database.handle, clock, platform: { rateLimitByScope: { feedback: limit }, trustedProxyHeader: 'x-forwarded-for' } });
});

after(async () => {
  await Promise.all([serverA?.close(), serverB?.close(), proxied?.close()]);
  await database?.cleanup();
});

const submit = (server: TestServer, headers: Record<string, string> = {}) =>
  postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission({ contact: undefined }), headers);

describe(`submission rate limit (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('over the limit: 429 problem+json with Retry-After, shared by every server; a new window lets the client in', async () => {
    assert.equal((await submit(serverA)).status, 201);
    assert.equal((await submit(serverB)).status, 201);
    assert.equal((await submit(serverA)).status, 201);
    const refused = await submit(serverB, { 'Accept-Language': 'en' });
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(refused.headers.get('retry-after'), '50'); // the window ends at 10:01:00
    const problem = v.parse(ProblemSchema, await refused.json());
    assert.equal(problem.type, PROBLEM_TYPES.rateLimited);
    assert.equal(problem.status, 429);
    assert.equal(problem.code, 'common.rateLimited');
    assert.equal(problem.detail, 'Too many submissions in a short time. Try again in 50 seconds.');
    // Nothing was stored for the refused one.
    const count = await database.handle.db.selectFrom('feedback').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 3);
    // Reading is never limited.
    assert.equal((await fetch(serverA.at(FEEDBACK_PATHS.categories))).status, 200);

    now = new Date('2026-03-20T10:01:00.000Z');
    assert.equal((await submit(serverA)).status, 201);
  });

  test('X-Forwarded-For counts only behind a trusted proxy, and then its right-most address', async () => {
    now = new Date('2026-03-20T10:05:00.000Z');
    // Without the trusted header the peer (127.0.0.1) is the client, whatever the header says.
    for (let i = 0; i < 3; i++) assert.equal((await submit(serverA, { 'X-Forwarded-For': `10.0.0.${i}` })).status, 201);
    assert.equal((await submit(serverA, { 'X-Forwarded-For': '10.0.0.9' })).status, 429);
    // Behind the proxy: one client's spoofed left-hand entries change nothing.
    for (let i = 0; i < 3; i++) assert.equal((await submit(proxied, { 'X-Forwarded-For': `1.2.3.${i}, 192.0.2.7` })).status, 201);
    assert.equal((await submit(proxied, { 'X-Forwarded-For': '9.9.9.9, 192.0.2.7' })).status, 429);
    assert.equal((await submit(proxied, { 'X-Forwarded-For': '192.0.2.8' })).status, 201);
  });

  test('the counters keep HMACs of addresses under the server secret all servers share, never the addresses or a plain hash', async () => {
    const db = database.handle.db;
    const secrets = await db.selectFrom('server_secrets').selectAll().execute();
    assert.deepEqual(secrets.map((s) => s.name), [RATE_LIMIT_SECRET], 'one secret, made once though three servers asked');
    const secret = secrets[0]!.value;
    assert.ok(Buffer.from(secret, 'base64url').length >= 32);
    const rows = await db.selectFrom('rate_limit_hits').selectAll().execute();
    const buckets = new Set(rows.map((r) => r.bucket));
    // The peer 127.0.0.1 (servers A and B) and the proxied clients: keyed, so not reversible by hashing every IPv4 address.
    for (const address of ['127.0.0.1', '192.0.2.7', '192.0.2.8']) {
      assert.ok(buckets.has(`feedback:${hmacHex(secret, address)}`), `a counter for ${address}`);
      assert.ok(!buckets.has(`feedback:${createHash('sha256').update(address).digest('hex')}`), `no plain SHA-256 of ${address}`);
    }
    for (const row of rows) assert.doesNotMatch(row.bucket, /\d+\.\d+\.\d+\.\d+/);
  });

  test('a configured KOHTAAMO_SERVER_SECRET keys the counters instead of the stored one', async () => {
    const configured = 'k'.repeat(40);
    const server = await startTestServer({
      config: { origins: [] },
      logger: recordingLogger(),
      db: other,
      clock,
      platform: { rateLimitByScope: { feedback: limit }, serverSecret: configured },
    });
    try {
      now = new Date('2026-03-20T11:00:00.000Z');
      assert.equal((await submit(server, { 'X-Forwarded-For': 'ignored' })).status, 201);
      const row = await database.handle.db.selectFrom('rate_limit_hits').select('bucket').where('window_start', '=', '2026-03-20T11:00:00.000Z').executeTakeFirstOrThrow();
      assert.equal(row.bucket, `feedback:${hmacHex(configured, '127.0.0.1')}`);
    } finally {
      await server.close();
    }
  });

  test('the clean-up job forgets the windows that have ended', async () => {
    now = new Date('2026-03-20T11:30:00.000Z');
    const ctx = moduleContext({ db: database.handle, config: { origins: [] }, clock });
    const removed = await cleanUp(ctx);
    assert.ok(removed.rateLimitWindows > 0);
    const rows = await database.handle.db.selectFrom('rate_limit_hits').selectAll().execute();
    for (const row of rows) assert.ok(row.expires_at > '2026-03-20T11:30:00.000Z', 'windows that ended before 11:30 were deleted');
  });
  test('a replay of an accepted submission (same key, same body) gets its stored 201 even past the limit', async () => {
    now = new Date('2026-03-20T12:00:00.000Z');
    const key = { 'Idempotency-Key': 'rate-limit-replay-000001' };
    const first = await submit(serverA, key);
    assert.equal(first.status, 201);
    const receipt = (await first.json()) as { trackingCode: string };
    assert.equal((await submit(serverA)).status, 201);
    assert.equal((await submit(serverA)).status, 201);
    assert.equal((await submit(serverA)).status, 429, 'the limit is reached');
    // The resident whose answer was lost sends the same request again: the code it was given.
    const replay = await submit(serverB, key);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(((await replay.json()) as { trackingCode: string }).trackingCode, receipt.trackingCode);
    // A new key is a new submission: still refused.
    assert.equal((await submit(serverA, { 'Idempotency-Key': 'rate-limit-replay-000002' })).status, 429);
  });

  test('requests refused as invalid (422) do not use up the quota', async () => {
    now = new Date('2026-03-20T12:10:00.000Z');
    for (let i = 0; i < 5; i++) {
      const invalid = await postJson(serverA.at(FEEDBACK_PATHS.submissions), validSubmission({ message: '' }));
      assert.equal(invalid.status, 422);
    }
    for (let i = 0; i < 3; i++) assert.equal((await submit(serverA)).status, 201, `valid submission ${i + 1} of 3`);
    assert.equal((await submit(serverA)).status, 429);
  });

  test('IPv6 clients are counted per /64 prefix, not per full address', async () => {
    now = new Date('2026-03-20T12:20:00.000Z');
    for (let i = 1; i <= 3; i++) assert.equal((await submit(proxied, { 'X-Forwarded-For': `2001:db8:aa:bb::${i}` })).status, 201);
    // Another address in the same /64 (written out in full) is the same client.
    assert.equal((await submit(proxied, { 'X-Forwarded-For': '2001:0db8:00aa:00bb:1234:5678:9abc:def0' })).status, 429);
    assert.equal((await submit(proxied, { 'X-Forwarded-For': '2001:db8:aa:bc::1' })).status, 201, 'the next /64 is another client');
  });
});
