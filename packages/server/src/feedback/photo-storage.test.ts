import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Migrator, sql, type Migration } from 'kysely';
import { moduleContext } from '../app.js';
import { migrationTable } from '../platform/migrate.js';
import { platformMigrations } from '../platform/platform.migrations.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createFeedbackModule } from './feedback.module.js';
import { feedbackMigrations } from './migrations/index.js';

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase({ migrate: false });
});

after(async () => {
  await database?.cleanup();
});

function migrator(owner: string, list: Readonly<Record<string, Migration>>): Migrator {
  return new Migrator({
    db: database.handle.db,
    provider: { getMigrations: async () => ({ ...list }) },
    migrationTableName: migrationTable(owner),
    migrationLockTableName: `${migrationTable(owner)}_lock`,
    ...(database.handle.schema ? { migrationTableSchema: database.handle.schema } : {}),
  });
}

const photoBytes = randomBytes(3000);

describe(`photos are stored as bytes; unattached ones go after a day (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('migration 0005 turns the base64 text of existing photos into the same bytes, and keeps followers with Finnish', async () => {
    assert.equal((await migrator('platform', platformMigrations).migrateToLatest()).error, undefined);
    assert.equal((await migrator('feedback', feedbackMigrations).migrateTo('0004_feedback_signals')).error, undefined);
    const db = database.handle.db;
    await sql`insert into feedback_photos (id, feedback_id, content_type, byte_size, data_base64, sort_order, hidden, created_at)
      values ('old-photo', null, 'image/jpeg', ${photoBytes.length}, ${photoBytes.toString('base64')}, 0, 0, '2026-01-01T00:00:00.000Z')`.execute(db);
    const result = await migrator('feedback', feedbackMigrations).migrateToLatest();
    assert.equal(result.error, undefined, String(result.error));
    const row = await db.selectFrom('feedback_photos').select(['data', 'byte_size']).where('id', '=', 'old-photo').executeTakeFirstOrThrow();
    assert.ok(Buffer.isBuffer(row.data), 'bytes (BLOB / bytea), not text');
    assert.ok(Buffer.from(row.data).equals(photoBytes));
    const columns = await sql<{ name: string }>`select * from feedback_photos limit 1`.execute(db);
    assert.ok(!Object.keys(columns.rows[0]!).includes('data_base64'), 'the base64 column is gone');
  });

  test('the module job deletes photos no feedback took within a day, and nothing else', async () => {
    const db = database.handle.db;
    const now = new Date('2026-03-10T12:00:00.000Z');
    await db.insertInto('feedback_categories').values({ id: 'streets', name_fi: 'Kadut', name_sv: 'Gator', name_en: 'Streets', description_fi: '', description_sv: '', description_en: '', sort_order: 1 } as never).execute();
    await db
      .insertInto('feedback')
      .values({ id: 'f1', tracking_code: 'AAAA-2026-A', category_id: 'streets', message: 'Kuoppa', lang: 'fi', status: 'received', created_at: '2026-03-01T00:00:00.000Z', updated_at: '2026-03-01T00:00:00.000Z', contact_consent: 0 } as never)
      .execute();
    const photo = (id: string, feedbackId: string | null, createdAt: string) => ({
      id, feedback_id: feedbackId, content_type: 'image/png', byte_size: 3, data: Buffer.from([1, 2, 3]), sort_order: 0, hidden: 0, created_at: createdAt,
    });
    await db.insertInto('feedback_photos').values([
      photo('unattached-25h', null, '2026-03-09T11:00:00.000Z'),
      photo('unattached-23h', null, '2026-03-09T13:00:00.000Z'),
      photo('attached-old', 'f1', '2026-03-01T00:00:00.000Z'),
    ]).execute();
    const module = createFeedbackModule();
    const job = module.jobs?.find((j) => j.name === 'unattached-photos');
    assert.ok(job, 'the feedback module declares the job');
    assert.ok(job.intervalMs <= 3600_000);
    await job.run(moduleContext({ db: database.handle, config: { origins: [] }, clock: () => now }));
    const left = (await db.selectFrom('feedback_photos').select('id').orderBy('id').execute()).map((r) => r.id);
    assert.deepEqual(left, ['attached-old', 'unattached-23h']);
  });
});
