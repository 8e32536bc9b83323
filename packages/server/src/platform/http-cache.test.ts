import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FEEDBACK_PATHS } from '@kohtaamo/core';
import type { DatabaseHandle } from '../db/database.js';
import { seedDemo } from '../feedback/feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { postJson, startTestServer, validSubmission, type TestServer } from '../testing/test-server.js';
import { etagFor, ifNoneMatchHits } from './http-cache.js';
import { SITE_PATH } from './site.routes.js';

describe('If-None-Match (weak comparison, RFC 9110 13.1.2)', () => {
  const etag = etagFor('{"a":1}');
  test('an ETag is quoted and made from the bytes', () => {
    assert.match(etag, /^"[A-Za-z0-9_-]{20}"$/);
    assert.equal(etagFor('{"a":1}'), etag);
    assert.notEqual(etagFor('{"a":2}'), etag);
  });
  test('hits its own tag, a W/ form of it, a list holding it, and *', () => {
    assert.equal(ifNoneMatchHits(etag, etag), true);
    assert.equal(ifNoneMatchHits(`W/${etag}`, etag), true);
    assert.equal(ifNoneMatchHits(`"other", ${etag}`, etag), true);
    assert.equal(ifNoneMatchHits(' * ', etag), true);
  });
  test('misses another tag, an unquoted one, and no header', () => {
    assert.equal(ifNoneMatchHits('"other"', etag), false);
    assert.equal(ifNoneMatchHits(etag.slice(1, -1), etag), false);
    assert.equal(ifNoneMatchHits(undefined, etag), false);
    assert.equal(ifNoneMatchHits('', etag), false);
  });
});

let database: TestDatabase;
/** A second handle on the same database: another server process, or an admin command. */
let other: DatabaseHandle;
let server: TestServer;

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  other = await database.openAnother();
  server = await startTestServer({ db: database.handle, config: { origins: [] } });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(server.at(path), { headers });
}

/** A 200 with an ETag and the given Cache-Control, then a 304 for that ETag with no body. */
async function revalidates(path: string, cacheControl: string | RegExp): Promise<{ etag: string; body: string }> {
  const first = await get(path);
  assert.equal(first.status, 200, path);
  const etag = first.headers.get('etag');
  assert.ok(etag, `${path} has an ETag`);
  const body = await first.text();
  assert.match(first.headers.get('cache-control') ?? '', typeof cacheControl === 'string' ? new RegExp(`^${cacheControl}$`) : cacheControl);
  const again = await get(path, { 'If-None-Match': etag });
  assert.equal(again.status, 304, `${path} answers 304 for its own ETag`);
  assert.equal(await again.text(), '');
  assert.equal(again.headers.get('etag'), etag);
  assert.equal(again.headers.get('cache-control'), first.headers.get('cache-control'));
  assert.equal(again.headers.get('x-content-type-options'), 'nosniff');
  const stale = await get(path, { 'If-None-Match': '"not-this-one"' });
  assert.equal(stale.status, 200);
  assert.equal(await stale.text(), body);
  return { etag, body };
}

describe(`ETag and 304 (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the site settings: an ETag, 304 when unchanged, five minutes of reuse', async () => {
    await revalidates(SITE_PATH, 'public, max-age=300');
  });

  test('the categories: a new ETag and body after a category changes, made by this process or another', async () => {
    const before = await revalidates(FEEDBACK_PATHS.categories, 'public, max-age=300');
    // Another connection (another process, an admin command) renames a category.
    await other.db.updateTable('feedback_categories').set({ name_en: 'Streets and roads' }).where('id', '=', 'streets').execute();
    const renamed = await get(FEEDBACK_PATHS.categories, { 'If-None-Match': before.etag });
    assert.equal(renamed.status, 200, 'the old ETag no longer matches');
    const renamedEtag = renamed.headers.get('etag');
    assert.notEqual(renamedEtag, before.etag);
    assert.match(await renamed.text(), /Streets and roads/);
    // This server's own connection changes it back: the first ETag comes back with the bytes.
    await database.handle.db.updateTable('feedback_categories').set({ name_en: 'Streets and traffic' }).where('id', '=', 'streets').execute();
    const back = await get(FEEDBACK_PATHS.categories, { 'If-None-Match': renamedEtag! });
    assert.equal(back.status, 200);
    assert.equal(back.headers.get('etag'), before.etag);
    assert.equal(await back.text(), before.body);
  });

  test('a status: kept privately and revalidated each time, and a new ETag once the city handles the report', async () => {
    const receipt = (await (await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission())).json()) as { trackingCode: string };
    const path = FEEDBACK_PATHS.status(receipt.trackingCode);
    const before = await revalidates(path, /^private, no-cache$/);
    await other.db
      .updateTable('feedback')
      .set({ status: 'in_handling', updated_at: new Date().toISOString() })
      .where('tracking_code', '=', receipt.trackingCode)
      .execute();
    const after = await get(path, { 'If-None-Match': before.etag });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), before.etag);
    assert.equal(((await after.json()) as { status: string }).status, 'in_handling');
  });

  test('the public list: revalidated on each use, a new ETag once a listed report changes', async () => {
    const path = `${FEEDBACK_PATHS.submissions}?pageSize=50`;
    const before = await revalidates(path, 'no-cache');
    const listed = (JSON.parse(before.body) as { items: { trackingCode: string }[] }).items[0];
    assert.ok(listed, 'the demo data list a report');
    await other.db.updateTable('feedback').set({ reply_text: 'Korjattu.', replied_at: new Date().toISOString() }).where('tracking_code', '=', listed.trackingCode).execute();
    const after = await get(path, { 'If-None-Match': before.etag });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), before.etag);
    assert.match(await after.text(), /Korjattu\./);
  });

  test('an unknown code is still a 404 problem, without an ETag', async () => {
    const response = await get(FEEDBACK_PATHS.status('ABCD-EFGH-J'));
    assert.ok(response.status === 404 || response.status === 422);
    assert.equal(response.headers.get('etag'), null);
  });
});
