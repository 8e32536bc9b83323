/**
 * Absolute URLs the API writes (Open311 discovery, photo media_url) come from the configured
 * KOHTAAMO_PUBLIC_URL, never from the request's Host header (issue 8).
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_PATHS, FEEDBACK_RESIDENT_PATHS, FeedbackReceiptSchema, PhotoUploadSchema } from '@kohtaamo/core';
import { publishFeedback } from '../../testing/feedback-fixtures.js';
import { jpegWithGps } from '../../testing/image-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../../testing/test-server.js';
import { seedDemo } from '../feedback.seed.js';

const PUBLIC_URL = 'https://palaute.heinola.example';
let database: TestDatabase;
let configured: TestServer;
let unconfigured: TestServer;
let code = '';
let photoId = '';

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  const common = { db: database.handle, config: { origins: [] }, logger: recordingLogger() } as const;
  configured = await startTestServer({ ...common, platform: { publicUrl: PUBLIC_URL } });
  unconfigured = await startTestServer(common);
  const upload = await fetch(configured.at(FEEDBACK_RESIDENT_PATHS.photos), { method: 'POST', headers: { 'Content-Type': 'image/jpeg' }, body: Buffer.from(jpegWithGps()) });
  photoId = v.parse(PhotoUploadSchema, await upload.json()).id;
  const submitted = await postJson(configured.at(FEEDBACK_PATHS.submissions), validSubmission({ attributes: { danger: 'no' }, photos: [photoId] }));
  code = v.parse(FeedbackReceiptSchema, await submitted.json()).trackingCode;
  await publishFeedback(database.handle.db, code);
});

after(async () => {
  await Promise.all([configured?.close(), unconfigured?.close()]);
  await database?.cleanup();
});

/** GET with a forged Host header (fetch does not let a client set Host). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe(`public URLs come from configuration (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('discovery and media_url start with KOHTAAMO_PUBLIC_URL whatever the Host says', async () => {
    const discovery = await getWithHost(configured.at('/open311/v2/discovery.json'), 'evil.example');
    assert.equal(discovery.status, 200);
    assert.ok(!discovery.body.includes('evil.example'), discovery.body);
    assert.equal(JSON.parse(discovery.body).endpoints[0].url, `${PUBLIC_URL}/open311/v2`);
    const one = await getWithHost(configured.at(`/open311/v2/requests/${code}.json?extensions=true`), 'evil.example');
    assert.equal(one.status, 200, one.body);
    assert.ok(!one.body.includes('evil.example'), one.body);
    const [request] = JSON.parse(one.body);
    assert.equal(request.media_url, `${PUBLIC_URL}${FEEDBACK_RESIDENT_PATHS.photo(photoId)}`);
    assert.deepEqual(request.extended_attributes.media_urls, [`${PUBLIC_URL}${FEEDBACK_RESIDENT_PATHS.photo(photoId)}`]);
  });

  test('without KOHTAAMO_PUBLIC_URL the URLs are root-relative: the Host header never shows up', async () => {
    const discovery = await getWithHost(unconfigured.at('/open311/v2/discovery.xml'), 'evil.example');
    assert.equal(discovery.status, 200);
    assert.ok(!discovery.body.includes('evil.example'), discovery.body);
    assert.match(discovery.body, /<url>\/open311\/v2<\/url>/);
    const list = await getWithHost(unconfigured.at(`/open311/v2/requests.json?service_request_id=${code}`), 'evil.example');
    assert.ok(!list.body.includes('evil.example'), list.body);
    assert.equal(JSON.parse(list.body)[0].media_url, FEEDBACK_RESIDENT_PATHS.photo(photoId));
  });
});
