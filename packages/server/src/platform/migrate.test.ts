import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import pg from 'pg';
import { defaultModules } from '../modules.js';
import { createTestDatabase, TEST_POSTGRES_URL, type TestDatabase } from '../testing/test-database.js';
import { migrateToLatest, migrationTable, migratorConnection } from './migrate.js';
import type { DomainModule } from './module.js';
import { platformMigrations } from './platform.migrations.js';

const databases: TestDatabase[] = [];
after(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
});

async function fresh(): Promise<TestDatabase> {
  const database = await createTestDatabase({ migrate: false });
  databases.push(database);
  return database;
}

/** A small module of our own: its table refers to the platform's staff_users. */
function moduleWith(migrations: Record<string, Migration>, name = 'sample'): DomainModule {
  return {
    name,
    mountPaths: [`/api/v1/${name}`],
    migrations,
    messages: { fi: {}, sv: {}, en: {} },
    routes: () => {
      throw new Error('not used');
    },
    openApi: () => ({ paths: {} }),
  };
}

const sampleMigrations: Record<string, Migration> = {
  '0001_items': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sample_items')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('owner', 'text', (col) => col.references('staff_users.id'))
        .execute();
    },
  },
};

async function tables(database: TestDatabase): Promise<string[]> {
  return (await migratorConnection(database.handle.db as unknown as Kysely<unknown>, database.handle).introspection.getTables({ withInternalKyselyTables: true }))
    .filter((t) => database.handle.schema === null || t.schema === database.handle.schema)
    .map((t) => t.name)
    .sort();
}

describe(`migrations per module (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the platform runs first, then each module in order, each recorded in its own table', async () => {
    const database = await fresh();
    const { ran } = await migrateToLatest(database.handle, [moduleWith(sampleMigrations)]);
    assert.deepEqual(ran, [...Object.keys(platformMigrations).map((n) => `platform/${n}`), 'sample/0001_items']);
    const names = await tables(database);
    for (const table of ['sample_items', 'staff_users', 'email_outbox', migrationTable('platform'), migrationTable('sample')]) {
      assert.ok(names.includes(table), table);
    }
    // A module added later gets its migrations run; the others are left alone.
    const later = await migrateToLatest(database.handle, [moduleWith(sampleMigrations), moduleWith({ '0001_things': { up: async (db) => void (await db.schema.createTable('other_things').addColumn('id', 'text').execute()) } }, 'other')]);
    assert.deepEqual(later.ran, ['other/0001_things']);
  });

  test('a database of the pre-module release is adopted: nothing runs twice, later migrations run', async () => {
    const database = await fresh();
    const db = database.handle.db as unknown as Kysely<unknown>;
    // The 0.1 release's migrations, run the way 0.1 ran them: the platform's baseline and the
    // feedback list, all recorded in Kysely's default table under their 0.1 names.
    const { feedbackMigrations } = await import('../feedback/migrations/index.js');
    const legacy: Record<string, Migration> = {
      '0001_feedback': {
        async up(k) {
          await platformMigrations['0001_baseline']!.up(k);
          await feedbackMigrations['0001_feedback']!.up(k);
        },
      },
      '0002_feedback_handling': feedbackMigrations['0002_feedback_handling']!,
      '0003_feedback_resident': feedbackMigrations['0003_feedback_resident']!,
      '0004_feedback_signals': feedbackMigrations['0004_feedback_signals']!,
    };
    const old = new Migrator({ db, provider: { getMigrations: async () => legacy }, ...(database.handle.schema ? { migrationTableSchema: database.handle.schema } : {}) });
    assert.equal((await old.migrateToLatest()).error, undefined);
    await sql`insert into email_outbox (id, feedback_id, dedupe_key, to_address, lang, subject, body_text, created_at, next_attempt_at)
      values ('m1', 'f1', 'reply:1', 'a@example.fi', 'fi', 'Aihe', 'Teksti', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(db);

    // 0.1 staff: an admin, a handler of two categories, a disabled handler, a handler with none.
    for (const [id, role, categories, disabled] of [
      ['u-admin', 'admin', '[]', null],
      ['u-kalle', 'handler', '["streets","parks","streets"]', null],
      ['u-old', 'handler', '["library"]', '2026-02-01T00:00:00.000Z'],
      ['u-none', 'handler', '[]', null],
    ] as const) {
      await sql`insert into staff_users (id, name, email, role, categories, created_at, disabled_at)
        values (${id}, ${id}, ${`${id}@heinola.example`}, ${role}, ${categories}, '2026-01-01T00:00:00.000Z', ${disabled})`.execute(db);
    }

    const { ran } = await migrateToLatest(database.handle, [moduleWith(feedbackMigrations, 'feedback')]);
    // Only what 0.1 did not have runs: the platform's later migrations (the outbox's move to any
    // domain, people and grants, jobs and secrets) and feedback's after 0004.
    assert.deepEqual(ran, [
      ...Object.keys(platformMigrations).slice(1).map((n) => `platform/${n}`),
      ...Object.keys(feedbackMigrations).slice(4).map((n) => `feedback/${n}`),
    ]);
    assert.deepEqual(ran.slice(0, 2), ['platform/0002_outbox_any_domain', 'platform/0003_people_grants']);
    // Nobody loses or gains access: 0.1 roles and categories became grants of the city.
    const grants = await sql<{ person_id: string; organisation_id: string; domain: string; scope: string; role: string; source: string }>`
      select person_id, organisation_id, domain, scope, role, source from grants order by person_id, scope`.execute(db);
    assert.deepEqual(grants.rows.map((g) => `${g.person_id} ${g.organisation_id} ${g.domain} ${g.scope} ${g.role} ${g.source}`), [
      'u-admin city platform * admin migration',
      'u-kalle city feedback parks handler migration',
      'u-kalle city feedback streets handler migration',
      'u-old city feedback library handler migration',
    ]);
    const orgs = await sql<{ organisation_id: string }>`select distinct organisation_id from staff_users`.execute(db);
    assert.deepEqual(orgs.rows.map((r) => r.organisation_id), ['city']);
    const { rows } = await sql<{ domain: string; subject_id: string }>`select domain, subject_id from email_outbox where id = 'm1'`.execute(db);
    assert.deepEqual(rows.map((r) => ({ ...r })), [{ domain: 'feedback', subject_id: 'f1' }]);
    assert.deepEqual((await migrateToLatest(database.handle, [moduleWith(feedbackMigrations, 'feedback')])).ran, []);
  });

  // Kysely's own introspection reads every table of every schema and fails when one is dropped
  // meanwhile (seen in a full run: another test file dropped its schema while this one migrated).
  test('migrations are not disturbed by tables of other schemas coming and going', { skip: process.env.KOHTAAMO_TEST_DB !== 'postgresql' }, async () => {
    const churn = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await churn.connect();
    const other = `kohtaamo_churn_${process.pid}`;
    let running = true;
    let rounds = 0;
    const loop = (async () => {
      while (running) {
        await churn.query(`create schema "${other}"`);
        for (let i = 0; i < 20; i++) await churn.query(`create table "${other}".t${i} (id serial primary key, a serial, b text)`);
        await churn.query(`drop schema "${other}" cascade`);
        rounds++;
      }
    })();
    try {
      for (let i = 0; i < 2; i++) {
        const database = await fresh();
        const { ran } = await migrateToLatest(database.handle, defaultModules());
        assert.ok(ran.length > 10, ran.join(', '));
        // The narrowed introspection sees our schema only, with the migrations' tables in it.
        const names = await tables(database);
        assert.ok(names.includes(migrationTable('platform')) && names.includes(migrationTable('feedback')), names.join(', '));
      }
    } finally {
      running = false;
      await loop;
      await churn.query(`drop schema if exists "${other}" cascade`);
      await churn.end();
    }
    assert.ok(rounds > 0, 'the other schema came and went while the migrations ran');
  });

  test('the migrator sees the tables of its own schema only', { skip: process.env.KOHTAAMO_TEST_DB !== 'postgresql' }, async () => {
    const database = await fresh();
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const other = `kohtaamo_other_${process.pid}`;
    try {
      await admin.query(`create schema if not exists "${other}"`);
      await admin.query(`create table "${other}".${migrationTable('platform')} (name text primary key, timestamp text)`);
      const seen = await migratorConnection(database.handle.db as unknown as Kysely<unknown>, database.handle).introspection.getTables();
      assert.deepEqual(seen.filter((t) => t.name === migrationTable('platform')), [], 'the other schema\'s table is not ours');
      const { ran } = await migrateToLatest(database.handle, [moduleWith(sampleMigrations)]);
      assert.ok(ran.includes('sample/0001_items'));
      const after = await migratorConnection(database.handle.db as unknown as Kysely<unknown>, database.handle).introspection.getTables();
      assert.deepEqual(after.filter((t) => t.name === migrationTable('platform')).map((t) => t.schema), [database.handle.schema]);
    } finally {
      await admin.query(`drop schema if exists "${other}" cascade`);
      await admin.end();
    }
  });

  test('a pre-module database that stopped half-way is refused with advice', async () => {
    const database = await fresh();
    const db = database.handle.db as unknown as Kysely<unknown>;
    const { feedbackMigrations } = await import('../feedback/migrations/index.js');
    const legacy: Record<string, Migration> = {
      '0001_feedback': {
        async up(k) {
          await platformMigrations['0001_baseline']!.up(k);
          await feedbackMigrations['0001_feedback']!.up(k);
        },
      },
    };
    const old = new Migrator({ db, provider: { getMigrations: async () => legacy }, ...(database.handle.schema ? { migrationTableSchema: database.handle.schema } : {}) });
    assert.equal((await old.migrateToLatest()).error, undefined);
    await assert.rejects(migrateToLatest(database.handle, [moduleWith(feedbackMigrations, 'feedback')]), /stopped half-way.*0002_feedback_handling/s);
  });
});
