import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as v from 'valibot';
import { ProblemSchema, STAFF_PATHS, StaffFeedbackListSchema, type StaffFeedbackSummary } from '@kohtaamo/core';
import { seedFeedbackAtScale } from '../feedback.scale-seed.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { addStaff, issueToken } from '../../platform/staff/staff.repository.js';

const kind = process.env.KOHTAAMO_TEST_DB ?? 'sqlite';
let database: TestDatabase;
let server: TestServer;
let adminToken: string;
let parksToken: string;

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await seedFeedbackAtScale(db, { size: 1000, seed: 7, years: 1, now: new Date('2026-12-01T12:00:00.000Z') });
  // Twenty reports received in the same millisecond: the queue's order and its pages must not
  // depend on created_at alone.
  const tied = await db.selectFrom('feedback').select('id').orderBy('id').limit(20).execute();
  await db.updateTable('feedback').set({ created_at: '2026-06-01T09:00:00.000Z' }).where('id', 'in', tied.map((r) => r.id)).execute();
  await addStaff(db, { name: 'Aino Admin', email: 'aino@heinola.example', role: 'admin', categories: [] });
  await addStaff(db, { name: 'Pekka Puisto', email: 'pekka@heinola.example', role: 'handler', categories: ['parks'] });
  adminToken = (await issueToken(db, 'aino@heinola.example')).token;
  parksToken = (await issueToken(db, 'pekka@heinola.example')).token;
  server = await startTestServer({ db: database.handle, config: { origins: [] } });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

async function page(token: string, query: string) {
  const response = await fetch(server.at(`${STAFF_PATHS.inbox}?${query}`), { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200, await response.clone().text());
  return v.parse(StaffFeedbackListSchema, await response.json());
}

/** Follows `next` from the first page to the last, collecting every report. */
async function walk(token: string, filter: string, limit: number): Promise<{ items: StaffFeedbackSummary[]; pages: number; total: number }> {
  const items: StaffFeedbackSummary[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let total = -1;
  do {
    const list = await page(token, `${filter}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.ok(list.items.length <= limit);
    if (total === -1) total = list.total;
    assert.equal(list.total, total, 'the total is the same on every page');
    items.push(...list.items);
    cursor = list.next;
    pages++;
    assert.ok(pages <= 1000, 'the walk ends');
  } while (cursor !== null);
  return { items, pages, total };
}

test(`the staff queue pages through 1,000 reports by cursor, every report once, oldest first (${kind})`, async () => {
  const rows = await database.handle.db.selectFrom('feedback').select(['id', 'created_at']).execute();
  assert.equal(rows.length, 1000);
  const expected = [...rows].sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1));

  const all = await walk(adminToken, '', 200);
  assert.equal(all.total, 1000);
  assert.equal(all.pages, 5);
  assert.equal(all.items.length, 1000);
  assert.equal(new Set(all.items.map((i) => i.id)).size, 1000, 'no report twice');
  const times = all.items.map((i) => i.createdAt);
  assert.deepEqual(times, [...times].sort(), 'oldest first across pages');
  assert.deepEqual(new Set(all.items.map((i) => i.id)), new Set(expected.map((r) => r.id)));

  // Small pages cut through the twenty reports of the same millisecond.
  const small = await walk(adminToken, '', 7);
  assert.equal(small.pages, Math.ceil(1000 / 7));
  assert.deepEqual(small.items.map((i) => i.id), all.items.map((i) => i.id), 'the same order whatever the page size');
});

test(`newest first pages through the same 1,000 reports in exactly the reverse order; a cursor of the other order is refused (${kind})`, async () => {
  const oldest = await walk(adminToken, '', 200);
  const newest = await walk(adminToken, 'order=newest', 7);
  assert.equal(newest.total, 1000);
  assert.equal(newest.items.length, 1000);
  assert.deepEqual(newest.items.map((i) => i.id), oldest.items.map((i) => i.id).reverse(), 'newest first is oldest first reversed, across the ties too');

  // A cursor is a position in its own order: read in the other order it is a 422, not a wrong page.
  const first = await page(adminToken, 'order=newest&limit=10');
  const response = await fetch(server.at(`${STAFF_PATHS.inbox}?limit=10&cursor=${first.next}`), { headers: { Authorization: `Bearer ${adminToken}` } });
  assert.equal(response.status, 422);
  assert.equal(v.parse(ProblemSchema, await response.json()).errors?.[0]?.pointer, '#/cursor');
});

test(`filters and a handler's scope hold on every page; a new report does not shift the pages (${kind})`, async () => {
  const open = await walk(adminToken, 'state=open', 50);
  assert.ok(open.items.length > 0 && open.items.length < 1000);
  assert.equal(open.items.length, open.total);
  assert.ok(open.items.every((i) => i.status !== 'done' && i.status !== 'rejected'));

  const parks = await walk(parksToken, '', 25);
  assert.ok(parks.items.length > 0);
  assert.equal(parks.items.length, parks.total);
  assert.ok(parks.items.every((i) => i.category.id === 'parks'));

  // A report received while the handler reads page 1 comes at the end, not into page 2.
  const first = await page(adminToken, 'limit=10');
  const { id } = await database.handle.db.selectFrom('feedback').select('id').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  await database.handle.db.updateTable('feedback').set({ created_at: '2027-01-01T00:00:00.000Z' }).where('id', '=', id).execute();
  const second = await page(adminToken, `limit=10&cursor=${first.next}`);
  assert.ok(!second.items.some((i) => first.items.some((f) => f.id === i.id)));
  assert.ok(second.items[0]!.createdAt >= first.items[9]!.createdAt);
});

test(`a cursor this server did not write is a 422 problem on #/cursor (${kind})`, async () => {
  for (const bad of ['bm90LWpzb24', Buffer.from('{"a":1}').toString('base64url'), 'a'.repeat(401), 'has space']) {
    const response = await fetch(server.at(`${STAFF_PATHS.inbox}?cursor=${encodeURIComponent(bad)}`), { headers: { Authorization: `Bearer ${adminToken}` } });
    assert.equal(response.status, 422, bad);
    const problem = v.parse(ProblemSchema, await response.json());
    assert.equal(problem.errors?.[0]?.pointer, '#/cursor');
  }
});
