import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createFeedbackResidentRepository } from './feedback-resident.repository.js';
import { seedFeedbackAtScale } from './feedback.scale-seed.js';

// Issue 13, ADR 0046: the public list's total is read from counts kept per (category, status)
// by triggers; they must equal a count of the published reports after any change.
const NOW = new Date('2026-11-30T10:00:00.000Z');
let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
  await seedFeedbackAtScale(database.handle.db, { size: 2000, seed: 3, years: 1, now: NOW });
});

after(async () => {
  await database?.cleanup();
});

async function keptAndCounted(): Promise<[string[], string[]]> {
  const db = database.handle.db;
  const kept = await db.selectFrom('feedback_public_counts').selectAll().where('n', '<>', 0).execute();
  const { rows } = await sql<{ category_id: string; status: string; n: number | string }>`
    select category_id, status, count(*) as n from feedback where visibility = 'published' group by category_id, status`.execute(db);
  const line = (r: { category_id: string; status: string; n: number | string }) => `${r.category_id}|${r.status}|${Number(r.n)}`;
  return [kept.map(line).sort(), rows.map(line).sort()];
}

async function assertTotals(when: string): Promise<void> {
  const [kept, counted] = await keptAndCounted();
  assert.deepEqual(kept, counted, `${when}: the kept counts are those of the published reports`);
  const db = database.handle.db;
  const residents = createFeedbackResidentRepository(db, { clock: () => NOW });
  const filters = [{}, { category: 'parks' }, { status: 'open' }, { status: 'closed' }, { status: 'done' }, { category: 'streets', status: 'open' }, { category: 'nowhere' }] as const;
  for (const filter of filters) {
    const list = await residents.listPublic({ ...filter, pageSize: 5 } as Parameters<typeof residents.listPublic>[0]);
    let q = db.selectFrom('feedback as f').innerJoin('feedback_categories as c', 'c.id', 'f.category_id').where('f.visibility', '=', 'published');
    if ('category' in filter) q = q.where('f.category_id', '=', filter.category);
    if ('status' in filter) {
      const statuses = filter.status === 'open' ? ['received', 'allocated', 'in_handling'] : filter.status === 'closed' ? ['done', 'rejected'] : [filter.status];
      q = q.where('f.status', 'in', statuses);
    }
    const counted = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    assert.equal(list.total, Number(counted.n), `${when}: total of ${JSON.stringify(filter)}`);
  }
}

describe(`the public list's total from kept counts (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('as generated, and after publishing, hiding, status and category changes, deletions and a rollback', async () => {
    const db = database.handle.db;
    await assertTotals('as generated');
    const pending = await db.selectFrom('feedback').select('id').where('visibility', '=', 'pending').limit(20).execute();
    const published = await db.selectFrom('feedback').select('id').where('visibility', '=', 'published').limit(40).execute();
    await db.updateTable('feedback').set({ visibility: 'published' }).where('id', 'in', pending.map((r) => r.id)).execute();
    await db.updateTable('feedback').set({ visibility: 'hidden' }).where('id', 'in', published.slice(0, 10).map((r) => r.id)).execute();
    await db.updateTable('feedback').set({ status: 'done' }).where('id', 'in', published.slice(10, 20).map((r) => r.id)).execute();
    await db.updateTable('feedback').set({ category_id: 'parks', status: 'in_handling' }).where('id', 'in', published.slice(20, 30).map((r) => r.id)).execute();
    await db.deleteFrom('feedback_history').where('feedback_id', 'in', published.slice(30, 35).map((r) => r.id)).execute();
    await db.deleteFrom('feedback').where('id', 'in', published.slice(30, 35).map((r) => r.id)).execute();
    await db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('feedback').set({ visibility: 'hidden' }).where('id', 'in', published.slice(35, 40).map((r) => r.id)).execute();
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await assertTotals('after the changes');
  });
});
