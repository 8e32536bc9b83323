import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { seedFeedbackAtScale } from './feedback.scale-seed.js';

const databases: TestDatabase[] = [];
after(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
});

const NOW = new Date('2026-12-01T12:00:00.000Z');

async function digestOf(seed: number): Promise<{ digest: string; rows: { status: string; visibility: string; closed: number; answered: number; history: number; published: number; categories: number } }> {
  const database = await createTestDatabase();
  databases.push(database);
  const db = database.handle.db;
  const written = await seedFeedbackAtScale(db, { size: 1500, seed, years: 3, now: NOW });
  assert.equal(written.reports, 1500);
  const rows = await db
    .selectFrom('feedback')
    .select(['id', 'tracking_code', 'category_id', 'unit_id', 'status', 'visibility', 'created_at', 'first_response_at', 'closed_at', 'received_wd'])
    .where('id', 'not like', '%demo%')
    .orderBy('id')
    .execute();
  const generated = rows.filter((r) => r.received_wd !== null);
  const history = await db.selectFrom('feedback_history').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return {
    digest: createHash('sha256').update(JSON.stringify(generated)).digest('hex'),
    rows: {
      status: [...new Set(generated.map((r) => r.status))].sort().join(','),
      visibility: [...new Set(generated.map((r) => r.visibility))].sort().join(','),
      closed: generated.filter((r) => r.closed_at !== null).length,
      answered: generated.filter((r) => r.first_response_at !== null).length,
      history: Number(history.n),
      published: generated.filter((r) => r.visibility === 'published').length,
      categories: new Set(generated.map((r) => r.category_id)).size,
    },
  };
}

test(`the city-scale generator writes the same reports from the same seed, with handling histories (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const a = await digestOf(42);
  const b = await digestOf(42);
  const c = await digestOf(43);
  assert.equal(a.digest, b.digest);
  assert.notEqual(a.digest, c.digest);
  assert.equal(a.rows.status, 'allocated,done,in_handling,received,rejected');
  assert.equal(a.rows.visibility, 'hidden,pending,published');
  assert.ok(a.rows.closed > 1200 && a.rows.closed < 1500, `closed ${a.rows.closed}`);
  assert.ok(a.rows.answered > a.rows.closed, 'some are answered and still open');
  assert.ok(a.rows.history > 1500 * 2.5, 'received, answered and closed, some reopened');
  assert.ok(a.rows.published > 1000);
  assert.equal(a.rows.categories, 7);
});
