import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { seedCategories } from '../feedback/feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { isDatabaseUnavailable, isUniqueViolation } from './errors.js';
import { defaultModules } from '../modules.js';
import { platformMigrations } from '../platform/platform.migrations.js';
import { migrateToLatest, migratorConnection } from '../platform/migrate.js';

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase({ migrate: false });
});

after(async () => {
  await database?.cleanup();
});

describe(`database (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('migrations run once; running them again does nothing', async () => {
    const modules = defaultModules();
    const expected = [...Object.keys(platformMigrations).map((n) => `platform/${n}`), ...modules.flatMap((m) => Object.keys(m.migrations).map((n) => `${m.name}/${n}`))];
    assert.deepEqual((await migrateToLatest(database.handle, modules)).ran, expected);
    assert.deepEqual((await migrateToLatest(database.handle, modules)).ran, []);
    const tables = (await migratorConnection(database.handle.db as unknown as Kysely<unknown>, database.handle).introspection.getTables())
      .filter((t) => database.handle.schema === null || t.schema === database.handle.schema)
      .map((t) => t.name)
      .sort();
    // Each migration adds its own tables (later migrations add more): these are 0001's.
    for (const table of ['feedback', 'feedback_categories', 'idempotency_keys']) assert.ok(tables.includes(table), table);
  });

  test('several servers migrating at once agree', async () => {
    const others = await Promise.all([database.openAnother(), database.openAnother()]);
    const results = await Promise.all(others.map((h) => migrateToLatest(h, defaultModules())));
    assert.deepEqual(results.map((r) => r.ran), [[], []]);
  });

  test('SQLite runs in WAL mode with synchronous=FULL, foreign keys and a busy timeout', { skip: process.env.KOHTAAMO_TEST_DB === 'postgresql' }, async () => {
    const pragma = async (name: string) => {
      const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(database.handle.db);
      return Object.values(rows[0] ?? {})[0];
    };
    assert.equal(await pragma('journal_mode'), 'wal');
    assert.equal(await pragma('synchronous'), 2, 'FULL');
    assert.equal(await pragma('foreign_keys'), 1);
    assert.equal(await pragma('busy_timeout'), 5000);
  });

  test('PostgreSQL: long reads take connections of their own pool, never the main pool\'s', { skip: process.env.KOHTAAMO_TEST_DB !== 'postgresql' }, async () => {
    const handle = database.handle;
    assert.ok(handle.reader !== undefined && handle.reader !== handle.db, 'a reader of its own');
    const backend = async (db: Kysely<unknown>) => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
    // Both of the reader pool's connections held (as by a computation's two statements):
    // the main pool still answers at once, from connections the reader never had.
    const readerPids: number[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holding = Array.from({ length: 2 }, () =>
      handle.reader!.connection().execute(async (connection) => {
        readerPids.push(await backend(connection as unknown as Kysely<unknown>));
        await held;
      }),
    );
    while (readerPids.length < 2) await new Promise((resolve) => setImmediate(resolve));
    const mainPids = await Promise.all(Array.from({ length: 4 }, () => backend(handle.db as unknown as Kysely<unknown>)));
    for (const pid of mainPids) assert.ok(!readerPids.includes(pid), 'a main connection is not a reader connection');
    // A third long read waits for one of the two: it runs after they are released.
    let third = false;
    const waiting = backend(handle.reader! as unknown as Kysely<unknown>).then((pid) => {
      third = true;
      return pid;
    });
    await backend(handle.db as unknown as Kysely<unknown>);
    assert.equal(third, false, 'the third long read waits for the reader pool');
    release();
    await Promise.all(holding);
    assert.ok(readerPids.includes(await waiting), 'and then reuses one of its connections');
  });

  test('constraints hold: unique tracking code, known category, known status', async () => {
    const db = database.handle.db;
    await seedCategories(db);
    const row = {
      id: 'a',
      tracking_code: 'PARK-2025-B',
      category_id: 'parks',
      message: 'Viesti',
      address: null,
      contact_name: null,
      contact_email: null,
      contact_phone: null,
      contact_consent: 0,
      lang: 'fi',
      status: 'received',
      reply_text: null,
      replied_at: null,
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
    };
    await db.insertInto('feedback').values(row).execute();
    const duplicate = await db.insertInto('feedback').values({ ...row, id: 'b' }).execute().catch((e: unknown) => e);
    assert.ok(isUniqueViolation(duplicate, 'tracking_code'), String(duplicate));
    assert.ok(!isUniqueViolation(duplicate, 'id'));
    const badCategory = await db.insertInto('feedback').values({ ...row, id: 'c', tracking_code: 'T1E0-2025-C', category_id: 'nope' }).execute().catch((e: unknown) => e);
    assert.ok(badCategory instanceof Error, 'the foreign key is enforced');
    const badStatus = await db.insertInto('feedback').values({ ...row, id: 'd', tracking_code: 'HE1N-2025-A', status: 'lost' }).execute().catch((e: unknown) => e);
    assert.ok(badStatus instanceof Error, 'the status check is enforced');
    assert.ok(!isDatabaseUnavailable(badStatus));
  });
});

describe('isDatabaseUnavailable', () => {
  test('connection failures count, other errors do not', () => {
    assert.ok(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })));
    assert.ok(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '57P01' })));
    assert.ok(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect')));
    assert.ok(!isDatabaseUnavailable(new Error('syntax error')));
    assert.ok(!isDatabaseUnavailable('nope'));
  });
});
