import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_PATHS, FeedbackReceiptSchema, generateTrackingCode, IDEMPOTENCY_HEADER, PROBLEM_TYPES, newIdempotencyKey } from '@kohtaamo/core';
import type { DatabaseHandle } from '../db/database.js';
import { IDEMPOTENCY_KEY_TTL_MS } from '../http/idempotency.js';
import { moduleContext } from '../app.js';
import { cleanUp } from '../platform/runtime.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../testing/test-server.js';
import { SUBMIT_SCOPE } from './feedback.routes.js';
import { seedCategories } from './feedback.seed.js';
import { createFeedbackModule } from './feedback.module.js';

let database: TestDatabase;
let server: TestServer;
const logger = recordingLogger();

before(async () => {
  database = await createTestDatabase();
  await seedCategories(database.handle.db);
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

async function rowsWithMessage(message: string, handle: DatabaseHandle = database.handle): Promise<string[]> {
  const rows = await handle.db.selectFrom('feedback').select('tracking_code').where('message', '=', message).execute();
  return rows.map((r) => r.tracking_code);
}

const submit = (body: unknown, key?: string) =>
  postJson(server.at(FEEDBACK_PATHS.submissions), body, key === undefined ? {} : { [IDEMPOTENCY_HEADER]: key });

describe(`Idempotency-Key on POST /api/v1/feedback (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the same key and body twice → one row, the first answer replayed exactly', async () => {
    const key = newIdempotencyKey();
    const body = validSubmission({ message: 'Sama palaute kahdesti, yksi rivi.' });
    const first = await submit(body, key);
    const firstText = await first.text();
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);

    // The same JSON with another key order and spacing is the same request.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(body).reverse()), null, 2);
    const second = await submit(reordered, key);
    assert.equal(second.status, 201);
    assert.equal(await second.text(), firstText, 'the same body, byte for byte');
    assert.equal(second.headers.get('location'), first.headers.get('location'));
    assert.equal(second.headers.get('idempotent-replayed'), 'true');

    const receipt = v.parse(FeedbackReceiptSchema, JSON.parse(firstText));
    assert.deepEqual(await rowsWithMessage('Sama palaute kahdesti, yksi rivi.'), [receipt.trackingCode]);
  });

  test('the same key with another body → 422 problem, nothing stored', async () => {
    const key = newIdempotencyKey();
    assert.equal((await submit(validSubmission({ message: 'Ensimmäinen sisältö.' }), key)).status, 201);
    const second = await submit(validSubmission({ message: 'Toinen sisältö samalla avaimella.' }), key);
    assert.equal(second.status, 422);
    assert.match(second.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = (await second.json()) as { type: string };
    assert.equal(problem.type, PROBLEM_TYPES.idempotencyMismatch);
    assert.deepEqual(await rowsWithMessage('Toinen sisältö samalla avaimella.'), []);
  });

  test('without a key, each request is a new feedback', async () => {
    const body = validSubmission({ message: 'Ilman avainta kaksi riviä.' });
    assert.equal((await submit(body)).status, 201);
    assert.equal((await submit(body)).status, 201);
    assert.equal((await rowsWithMessage('Ilman avainta kaksi riviä.')).length, 2);
  });

  test('an invalid key → 400 problem, nothing stored', async () => {
    for (const key of ['short', 'has spaces in the key 123', 'ä'.repeat(20), 'x'.repeat(129)]) {
      const response = await submit(validSubmission({ message: 'Viallinen avain.' }), key);
      assert.equal(response.status, 400, key);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    }
    assert.deepEqual(await rowsWithMessage('Viallinen avain.'), []);
  });

  test('a quoted key (RFC 8941 string, as in the draft) is the same key', async () => {
    const key = newIdempotencyKey();
    const body = validSubmission({ message: 'Lainausmerkeissä annettu avain.' });
    const first = await (await submit(body, `"${key}"`)).text();
    const second = await (await submit(body, key)).text();
    assert.equal(second, first);
    assert.equal((await rowsWithMessage('Lainausmerkeissä annettu avain.')).length, 1);
  });

  test('a request that failed validation does not use up its key', async () => {
    const key = newIdempotencyKey();
    assert.equal((await submit(validSubmission({ category: 'no-such-category' }), key)).status, 422);
    assert.equal((await submit(validSubmission({ message: 'x' }), key)).status, 422);
    const ok = await submit(validSubmission({ message: 'Korjattu palaute samalla avaimella.' }), key);
    assert.equal(ok.status, 201);
  });

  test('concurrent identical requests → one row, every answer the same receipt', async () => {
    const key = newIdempotencyKey();
    const body = validSubmission({ message: 'Kymmenen yhtäaikaista pyyntöä.' });
    const responses = await Promise.all(Array.from({ length: 10 }, () => submit(body, key)));
    const texts = await Promise.all(responses.map((r) => r.text()));
    assert.deepEqual(
      responses.map((r) => r.status),
      Array(10).fill(201),
    );
    assert.equal(new Set(texts).size, 1, 'one receipt for all');
    assert.equal((await rowsWithMessage('Kymmenen yhtäaikaista pyyntöä.')).length, 1);
  });

  test('several servers on one database: concurrent identical requests → one row', async () => {
    // A second app with its own connection pool on the same database stands in for a second
    // server process: they share nothing but the database.
    const otherHandle = await database.openAnother();
    const other = await startTestServer({ db: otherHandle, config: { origins: [] }, logger });
    try {
      const key = newIdempotencyKey();
      const body = validSubmission({ message: 'Kaksi palvelinta, yksi rivi.' });
      const urls = [server, other, server, other, server, other].map((s) => s.at(FEEDBACK_PATHS.submissions));
      const responses = await Promise.all(urls.map((url) => postJson(url, body, { [IDEMPOTENCY_HEADER]: key })));
      const texts = await Promise.all(responses.map((r) => r.text()));
      assert.deepEqual(
        responses.map((r) => r.status),
        Array(6).fill(201),
      );
      assert.equal(new Set(texts).size, 1);
      assert.deepEqual(await rowsWithMessage('Kaksi palvelinta, yksi rivi.', otherHandle), [
        v.parse(FeedbackReceiptSchema, JSON.parse(texts[0]!)).trackingCode,
      ]);
    } finally {
      await other.close();
    }
  });

  test('a key older than 24 hours may be used again, for a new feedback', async () => {
    const key = newIdempotencyKey();
    assert.equal((await submit(validSubmission({ message: 'Vanha avain, ensimmäinen.' }), key)).status, 201);
    const longAgo = new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS - 60_000).toISOString();
    await database.handle.db
      .updateTable('idempotency_keys')
      .set({ created_at: longAgo })
      .where('scope', '=', SUBMIT_SCOPE)
      .where('key', '=', key)
      .execute();
    const again = await submit(validSubmission({ message: 'Vanha avain, toinen.' }), key);
    assert.equal(again.status, 201);
    assert.equal((await rowsWithMessage('Vanha avain, toinen.')).length, 1);
  });

  test('expired keys are deleted by the platform clean-up job, not by each request', async () => {
    const key = newIdempotencyKey();
    const longAgo = new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS - 60_000).toISOString();
    await database.handle.db
      .insertInto('idempotency_keys')
      .values({ scope: SUBMIT_SCOPE, key, request_hash: 'x', response_status: 201, response_body: '{}', created_at: longAgo })
      .execute();
    assert.equal((await submit(validSubmission({ message: 'Siivous kirjoituksen jälkeen.' }))).status, 201);
    const expired = () => database.handle.db.selectFrom('idempotency_keys').select('key').where('key', '=', key).executeTakeFirst();
    assert.ok(await expired(), 'a write does not spend its time on clean-ups');
    const removed = await cleanUp(moduleContext({ db: database.handle, config: { origins: [] } }));
    assert.ok(removed.idempotencyKeys >= 1);
    assert.equal(await expired(), undefined);
  });

  test('a tracking code that is already taken is replaced by a new one', async () => {
    const taken = v.parse(FeedbackReceiptSchema, await (await submit(validSubmission({ message: 'Tunnus on jo käytössä.' }))).json());
    const fresh = generateTrackingCode();
    const codes = [taken.trackingCode, taken.trackingCode, fresh];
    const otherHandle = await database.openAnother();
    const colliding = await startTestServer({
      db: otherHandle,
      config: { origins: [] },
      logger,
      modules: [createFeedbackModule({ newTrackingCode: () => codes.shift() ?? generateTrackingCode() })],
    });
    try {
      const key = newIdempotencyKey();
      const response = await postJson(colliding.at(FEEDBACK_PATHS.submissions), validSubmission({ message: 'Törmäävä tunnus.' }), {
        [IDEMPOTENCY_HEADER]: key,
      });
      assert.equal(response.status, 201);
      const receipt = v.parse(FeedbackReceiptSchema, await response.json());
      assert.equal(receipt.trackingCode, fresh);
      assert.deepEqual(await rowsWithMessage('Törmäävä tunnus.'), [fresh]);
      const keys = await database.handle.db.selectFrom('idempotency_keys').select('key').where('key', '=', key).execute();
      assert.equal(keys.length, 1);
    } finally {
      await colliding.close();
    }
  });

  test('no handler error was logged', () => {
    assert.deepEqual(logger.entries, []);
  });
});
