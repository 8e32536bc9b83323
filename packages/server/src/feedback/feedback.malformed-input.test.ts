/**
 * Inputs shaped to break the server (issue 8, "Errors and abuse"): each one must get a 4xx
 * answer in the protocol's own error format, never a 5xx.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_PATHS, FEEDBACK_RESIDENT_PATHS, FeedbackReceiptSchema, ProblemSchema } from '@kohtaamo/core';
import { publishFeedback } from '../testing/feedback-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../testing/test-server.js';
import { seedDemo } from './feedback.seed.js';
import { createFeedbackModule } from './feedback.module.js';
import { issueTestApiKey } from './open311/open311.test-helpers.js';

let database: TestDatabase;
let server: TestServer;
let apiKey = '';
let code = '';
const logger = recordingLogger();
const PHOTO_MAX = 16 * 1024;

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  apiKey = await issueTestApiKey(database.handle.db, 'malformed-input client');
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger, modules: [createFeedbackModule({ photoMaxBytes: PHOTO_MAX })] });
  const receipt = v.parse(FeedbackReceiptSchema, await (await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission({ attributes: { danger: 'no' } }))).json());
  code = receipt.trackingCode;
  await publishFeedback(database.handle.db, code);
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

/** A JSON text nested `depth` levels deep inside an otherwise valid body. */
function deepBody(base: Record<string, unknown>, depth: number): string {
  const json = JSON.stringify(base);
  return `${json.slice(0, -1)}${json === '{}' ? '' : ','}"extra":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

async function problemOf(response: Response, status: number) {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  return v.parse(ProblemSchema, JSON.parse(text));
}

describe(`malformed input never gives a 5xx (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a JSON body nested thousands of levels deep, with an Idempotency-Key: 400 problem on submit and on followers', async () => {
    const before = logger.entries.length;
    const submit = await postJson(server.at(FEEDBACK_PATHS.submissions), deepBody(validSubmission({ attributes: { danger: 'no' } }), 5000), {
      'Idempotency-Key': 'deep-nesting-submit-0001',
      'Accept-Language': 'en',
    });
    const problem = await problemOf(submit, 400);
    assert.match(problem.detail ?? '', /nested/i);
    const follow = await postJson(server.at(FEEDBACK_RESIDENT_PATHS.followers(code)), deepBody({}, 5000), { 'Idempotency-Key': 'deep-nesting-follow-0001' });
    await problemOf(follow, 400);
    assert.equal(logger.entries.length, before, 'nothing was logged as an unhandled error');
  });

  test('a body nested a little (within the limit) is still accepted', async () => {
    const response = await postJson(server.at(FEEDBACK_RESIDENT_PATHS.followers(code)), deepBody({}, 20), { 'Idempotency-Key': 'shallow-nesting-follow-01' });
    assert.equal(response.status, 201, await response.clone().text());
  });

  test('malformed multipart/form-data on the Open311 POST: 400 as an Open311 error list', async () => {
    const before = logger.entries.length;
    const response = await fetch(server.at('/open311/v2/requests.json'), {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=XyZ' },
      body: `--XyZ\r\nContent-Disposition: form-data; name="api_key"\r\n\r\n${apiKey}\r\n--Xy`,
    });
    const text = await response.text();
    assert.equal(response.status, 400, text);
    const errors = JSON.parse(text) as { code: number; description: string }[];
    assert.equal(errors[0]?.code, 400);
    const noBoundary = await fetch(server.at('/open311/v2/requests.xml'), { method: 'POST', headers: { 'Content-Type': 'multipart/form-data' }, body: 'api_key=x' });
    assert.equal(noBoundary.status, 400, await noBoundary.text());
    assert.equal(logger.entries.length, before, 'nothing was logged as an unhandled error');
  });

  test('oversized request headers: 431 as a problem document, not Node’s bare answer', async () => {
    const { status, headers, body } = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const url = new URL(server.at(FEEDBACK_PATHS.categories));
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, headers: { 'Accept-Language': 'en', 'X-Padding': 'x'.repeat(40_000) } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 431);
    assert.match(String(headers['content-type']), /^application\/problem\+json/);
    const problem = v.parse(ProblemSchema, JSON.parse(body));
    assert.equal(problem.status, 431);
    assert.equal(problem.title, 'The request headers are too large');
  });

  test('the 413 of a too large photo is in the request’s language, title and detail alike', async () => {
    const big = new Uint8Array(PHOTO_MAX + 1);
    for (const [lang, title] of [['fi', 'Pyyntö on liian suuri'], ['sv', 'Begäran är för stor'], ['en', 'The request is too large']] as const) {
      const response = await fetch(server.at(FEEDBACK_RESIDENT_PATHS.photos), { method: 'POST', headers: { 'Content-Type': 'image/jpeg', 'Accept-Language': lang }, body: big });
      const problem = await problemOf(response, 413);
      assert.equal(problem.title, title, lang);
      assert.equal(response.headers.get('content-language'), lang);
    }
  });
});
