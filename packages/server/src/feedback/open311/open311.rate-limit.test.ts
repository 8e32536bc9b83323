// Open311 POST creates the same feedback as the form, so it counts against the same per-client
// quota: a client cannot go round the form's limit by posting through Open311 instead.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FEEDBACK_PATHS } from '@kohtaamo/core';
import { seedDemo } from '../feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../../testing/test-server.js';
import { issueTestApiKey, postForm } from './open311.test-helpers.js';

let database: TestDatabase;
let server: TestServer;
let key = '';
const now = new Date('2026-03-20T10:00:10.000Z');

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  key = await issueTestApiKey(database.handle.db, 'rate-limited client');
  server = await startTestServer({
    db: database.handle,
    config: { origins: [] },
    logger: recordingLogger(),
    clock: () => now,
    platform: { rateLimitByScope: { feedback: { max: 2, windowSeconds: 60 } } },
  });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

const form = () => ({
  api_key: key,
  service_code: 'streets',
  address_string: 'Kauppakatu 1, Heinola',
  description: 'Katuvalo ei toimi Kauppakadun päässä.',
});

describe(`Open311 POST shares the submission limit (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('one form submission and one Open311 request use the quota of two; the next Open311 POST is refused, its replay is not', async () => {
    assert.equal((await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission({ contact: undefined }))).status, 201);
    const accepted = await postForm(server.at('/open311/v2/requests.json'), form(), { 'Idempotency-Key': 'open311-limit-key-000000001' });
    assert.equal(accepted.status, 200, await accepted.clone().text()); // GeoReport v2 answers a new request with 200
    const first = await accepted.text();

    const refused = await postForm(server.at('/open311/v2/requests.xml'), form());
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0, 'Retry-After says when to come back');

    // The client whose answer was lost asks again with the same key: it gets what was stored.
    const replay = await postForm(server.at('/open311/v2/requests.json'), form(), { 'Idempotency-Key': 'open311-limit-key-000000001' });
    assert.equal(replay.status, 200);
    assert.equal(await replay.text(), first);

    // Reading through Open311 is never limited.
    assert.equal((await fetch(server.at('/open311/v2/services.json'))).status, 200);
  });
});
