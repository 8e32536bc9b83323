import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Migrator, type Kysely, type Migration } from 'kysely';
import { feedbackMigrations as migrations } from '../migrations/index.js';
import { migrationTable, migratorConnection } from '../../platform/migrate.js';
import { platformMigrations } from '../../platform/platform.migrations.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase({ migrate: false });
});

after(async () => {
  await database?.cleanup();
});

function migrator(owner = 'feedback', list: Record<string, Migration> = migrations): Migrator {
  return new Migrator({
    db: database.handle.db,
    provider: { getMigrations: async () => ({ ...list }) },
    migrationTableName: migrationTable(owner),
    migrationLockTableName: `${migrationTable(owner)}_lock`,
    ...(database.handle.schema ? { migrationTableSchema: database.handle.schema } : {}),
  });
}

describe(`migration 0002_feedback_handling (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('adds the handling tables and columns, and gives feedback stored before it a history', async () => {
    // The platform's tables (staff_users, which 0002 refers to) come first, as in migrateToLatest.
    assert.equal((await migrator('platform', { ...platformMigrations }).migrateToLatest()).error, undefined);
    const first = await migrator().migrateTo('0001_feedback');
    assert.equal(first.error, undefined);
    const db = database.handle.db;
    await db
      .insertInto('feedback_categories')
      .values({ id: 'streets', name_fi: 'Kadut', name_sv: 'Gator', name_en: 'Streets', description_fi: '', description_sv: '', description_en: '', sort_order: 1 })
      .execute();
    const base = { category_id: 'streets', message: 'Kuoppa kadulla', address: null, contact_name: null, contact_email: null, contact_phone: null, contact_consent: 0, lang: 'fi' };
    await db
      .insertInto('feedback')
      .values([
        { ...base, id: 'a', tracking_code: 'AAAA-2025-A', status: 'received', reply_text: null, replied_at: null, created_at: '2025-05-01T08:00:00.000Z', updated_at: '2025-05-01T08:00:00.000Z' },
        { ...base, id: 'b', tracking_code: 'BBBB-2025-B', status: 'done', reply_text: 'Korjattu.', replied_at: '2025-05-03T08:00:00.000Z', created_at: '2025-05-02T08:00:00.000Z', updated_at: '2025-05-03T08:00:00.000Z' },
      ] as never)
      .execute();

    const second = await migrator().migrateTo('0002_feedback_handling');
    assert.equal(second.error, undefined, String(second.error));

    const tables = (await migratorConnection(db as unknown as Kysely<unknown>, database.handle).introspection.getTables())
      .filter((t) => database.handle.schema === null || t.schema === database.handle.schema);
    const columns = (name: string) => tables.find((t) => t.name === name)?.columns.map((c) => c.name) ?? [];
    for (const table of ['units', 'feedback_history', 'feedback_notes', 'reply_templates']) {
      assert.ok(columns(table).length > 0, `table ${table}`);
    }
    for (const column of ['unit_id', 'assigned_to', 'visibility', 'version', 'public_message', 'closed_at', 'first_response_at']) {
      assert.ok(columns('feedback').includes(column), `feedback.${column}`);
    }
    assert.ok(columns('feedback_categories').includes('unit_id'));

    const history = await db.selectFrom('feedback_history').select(['feedback_id', 'status', 'at', 'public_reply']).orderBy('feedback_id').orderBy('at').execute();
    assert.deepEqual(history, [
      { feedback_id: 'a', status: 'received', at: '2025-05-01T08:00:00.000Z', public_reply: null },
      { feedback_id: 'b', status: 'received', at: '2025-05-02T08:00:00.000Z', public_reply: null },
      { feedback_id: 'b', status: 'done', at: '2025-05-03T08:00:00.000Z', public_reply: 'Korjattu.' },
    ]);
    const rows = await db.selectFrom('feedback').select(['id', 'visibility', 'version', 'first_response_at', 'closed_at']).orderBy('id').execute();
    assert.deepEqual(rows, [
      { id: 'a', visibility: 'pending', version: 1, first_response_at: null, closed_at: null },
      { id: 'b', visibility: 'pending', version: 1, first_response_at: '2025-05-03T08:00:00.000Z', closed_at: '2025-05-03T08:00:00.000Z' },
    ]);
  });

  test('the checks hold: visibility and role take only their values; a staff email is unique', async () => {
    const db = database.handle.db;
    await assert.rejects(db.updateTable('feedback').set({ visibility: 'public' }).where('id', '=', 'a').execute());
    const user = { name: 'K', categories: '[]', created_at: '2025-05-01T08:00:00.000Z', disabled_at: null };
    await assert.rejects(db.insertInto('staff_users').values({ ...user, id: 'u0', email: 'x@example.fi', role: 'root' }).execute());
    await db.insertInto('staff_users').values({ ...user, id: 'u1', email: 'k@example.fi', role: 'handler' }).execute();
    await assert.rejects(db.insertInto('staff_users').values({ ...user, id: 'u2', email: 'k@example.fi', role: 'admin' }).execute());
  });

  test('the rest of the migrations run after it', async () => {
    const rest = await migrator().migrateToLatest();
    assert.equal(rest.error, undefined, String(rest.error));
  });
});
