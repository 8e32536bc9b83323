import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle } from '../db/database.js';
import type { Database } from '../db/database.types.js';
import type { DomainModule } from './module.js';
import { platformMigrations } from './platform.migrations.js';

/** The table where the migrations of `owner` ("platform", "feedback") are recorded. */
export const migrationTable = (owner: string) => `kohtaamo_migration_${owner.replace(/-/g, '_')}`;

/**
 * The pre-module releases (0.1) kept every migration in Kysely's default table under these
 * names. Such a database is adopted once: the platform's baseline and each module's migrations
 * of the same names are recorded as done (their tables are there), and nothing runs twice.
 */
const LEGACY_TABLE = 'kysely_migration';
const LEGACY_COMPLETE = ['0001_feedback', '0002_feedback_handling', '0003_feedback_resident', '0004_feedback_signals'];

/** A number both databases accept for a session advisory lock: "kohtaamo" in ASCII, folded. */
const MIGRATION_LOCK_ID = 0x6b6f6874616d6fn;

export interface MigrationResult {
  /** "platform/0001_baseline", "feedback/0005_…": what ran now, in order. */
  readonly ran: string[];
}

async function tableExists(db: Kysely<unknown>, handle: Pick<DatabaseHandle, 'kind' | 'schema'>, name: string): Promise<boolean> {
  if (handle.kind === 'sqlite') {
    const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${name}`.execute(db);
    return Number(rows[0]?.n ?? 0) > 0;
  }
  const { rows } = await sql<{ n: string }>`select count(*) as n from information_schema.tables where table_schema = ${handle.schema} and table_name = ${name}`.execute(db);
  return Number(rows[0]?.n ?? 0) > 0;
}

/**
 * Kysely's Migrator asks whether its tables exist by introspecting every table of every schema of
 * the database; on PostgreSQL that query calls `pg_get_serial_sequence` by name for each column,
 * and fails with "relation … does not exist" when a table of another schema is dropped while it
 * runs (another tenant's schema, or a test's: seen in a full test run). The Migrator needs only
 * the names of the tables and schemas of ours: on PostgreSQL it gets this connection with an
 * introspection that reads just those (information_schema, our schema only).
 */
export function migratorConnection(db: Kysely<unknown>, handle: Pick<DatabaseHandle, 'kind' | 'schema'>): Kysely<unknown> {
  if (handle.kind !== 'postgresql' || !handle.schema) return db;
  const schema = handle.schema;
  const introspection = {
    async getSchemas() {
      const { rows } = await sql<{ name: string }>`select schema_name as name from information_schema.schemata where schema_name = ${schema}`.execute(db);
      return rows.map((r) => ({ name: r.name }));
    },
    async getTables() {
      const { rows } = await sql<{ name: string; type: string }>`select table_name as name, table_type as type from information_schema.tables where table_schema = ${schema} order by table_name`.execute(db);
      const { rows: columns } = await sql<{ table: string; name: string; type: string; nullable: string; default: string | null; identity: string }>`
        select table_name as "table", column_name as name, data_type as type, is_nullable as nullable, column_default as "default", is_identity as identity
        from information_schema.columns where table_schema = ${schema} order by table_name, ordinal_position`.execute(db);
      return rows.map((r) => ({
        name: r.name,
        schema,
        isView: r.type === 'VIEW',
        columns: columns
          .filter((c) => c.table === r.name)
          .map((c) => ({
            name: c.name,
            dataType: c.type,
            isNullable: c.nullable === 'YES',
            hasDefaultValue: c.default !== null,
            isAutoIncrementing: c.identity === 'YES' || (c.default ?? '').startsWith('nextval('),
          })),
      }));
    },
  };
  // Kysely keeps its state in private fields: every other member is the real one, bound to it.
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function migratorFor(db: Kysely<unknown>, handle: Pick<DatabaseHandle, 'kind' | 'schema'>, owner: string, list: Readonly<Record<string, Migration>>): Migrator {
  return new Migrator({
    db: migratorConnection(db, handle),
    provider: { getMigrations: async () => ({ ...list }) },
    migrationTableName: migrationTable(owner),
    migrationLockTableName: `${migrationTable(owner)}_lock`,
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  });
}

/** True when some migration of the platform or a module has not run (read only: takes no lock). */
async function anythingPending(db: Kysely<unknown>, handle: Pick<DatabaseHandle, 'kind' | 'schema'>, modules: readonly DomainModule[]): Promise<boolean> {
  if (await tableExists(db, handle, LEGACY_TABLE)) return true; // a 0.1 database may need adopting
  for (const [owner, list] of [['platform', platformMigrations] as const, ...modules.map((m) => [m.name, m.migrations] as const)]) {
    if (!(await tableExists(db, handle, migrationTable(owner)))) return true;
    const known = await migratorFor(db, handle, owner, list).getMigrations();
    if (known.some((m) => m.executedAt === undefined)) return true;
  }
  return false;
}

async function runOwner(db: Kysely<unknown>, handle: Pick<DatabaseHandle, 'kind' | 'schema'>, owner: string, list: Readonly<Record<string, Migration>>): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => ({ ...list }) };
  const migrator = new Migrator({
    db: migratorConnection(db, handle),
    provider,
    migrationTableName: migrationTable(owner),
    migrationLockTableName: `${migrationTable(owner)}_lock`,
    // Name the schema on PostgreSQL: Kysely looks for its own tables in every schema, and a
    // table of the same name in another schema (say "public") must not count as ours.
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${owner}/${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => `${owner}/${r.migrationName}`);
}

/** Records migrations as done without running them (adoption of a pre-module database). */
async function record(db: Kysely<unknown>, owner: string, names: readonly string[], at: string): Promise<void> {
  const table = migrationTable(owner);
  await sql`create table if not exists ${sql.table(table)} (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(db);
  for (const name of names) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where name = ${name}`.execute(db);
    if (Number(rows[0]?.n ?? 0) === 0) await sql`insert into ${sql.table(table)} (name, timestamp) values (${name}, ${at})`.execute(db);
  }
}

async function adoptLegacy(db: Kysely<unknown>, handle: Pick<DatabaseHandle, 'kind' | 'schema'>, modules: readonly DomainModule[]): Promise<void> {
  if (!(await tableExists(db, handle, LEGACY_TABLE))) return;
  if (await tableExists(db, handle, migrationTable('platform'))) return; // adopted before
  const { rows } = await sql<{ name: string; timestamp: string }>`select name, timestamp from ${sql.table(LEGACY_TABLE)}`.execute(db);
  const done = new Set(rows.map((r) => r.name));
  const missing = LEGACY_COMPLETE.filter((name) => !done.has(name));
  if (missing.length > 0) {
    throw new Error(
      `This database was made by an early Kohtaamo release and stopped half-way (missing ${missing.join(', ')}). ` +
        'Start Kohtaamo 0.1 on it once to finish its migrations, then this release.',
    );
  }
  const at = rows.map((r) => r.timestamp).sort().at(-1) ?? new Date().toISOString();
  await record(db, 'platform', Object.keys(platformMigrations).slice(0, 1), at);
  for (const module of modules) {
    const names = Object.keys(module.migrations).filter((name) => done.has(name));
    if (names.length > 0) await record(db, module.name, names, at);
  }
}

/**
 * Brings the schema up to date: the platform's migrations, then each module's own list in
 * registry order, each recorded in its own table. Safe with several processes starting at once:
 * on PostgreSQL one session advisory lock covers the whole run (so nothing, not even a schema or
 * a migration table, is created by two processes at once); on SQLite the whole run is one
 * BEGIN IMMEDIATE transaction, which serialises it across processes (proved by
 * two-processes.main.test.ts, which starts two servers on one empty database at once).
 */
export async function migrateToLatest(handle: DatabaseHandle, modules: readonly DomainModule[]): Promise<MigrationResult> {
  const run = async (db: Kysely<unknown>): Promise<MigrationResult> => {
    await adoptLegacy(db, handle, modules);
    const ran = [...(await runOwner(db, handle, 'platform', platformMigrations))];
    for (const module of modules) ran.push(...(await runOwner(db, handle, module.name, module.migrations)));
    return { ran };
  };
  if (handle.kind === 'sqlite') {
    // Kysely runs no SQLite migration in a transaction (its adapter says SQLite has no
    // transactional DDL) and its migration lock is a no-op there, so two processes starting at
    // once would both run a migration ("duplicate column name"). One BEGIN IMMEDIATE around the
    // whole run takes SQLite's write lock first: the second process waits (busy timeout), then
    // finds everything done. SQLite's DDL is transactional, so a failure leaves nothing half-made.
    // A start on an up-to-date database (every start but an upgrade's) takes no write lock.
    if (!(await anythingPending(handle.db as Kysely<unknown>, handle, modules))) return { ran: [] };
    return (handle.db as Kysely<Database>).connection().execute(async (connection) => {
      const db = connection as unknown as Kysely<unknown>;
      await sql`begin immediate`.execute(db);
      try {
        const result = await run(db);
        await sql`commit`.execute(db);
        return result;
      } catch (error) {
        await sql`rollback`.execute(db).catch(() => undefined);
        throw error;
      }
    });
  }
  return (handle.db as Kysely<Database>).connection().execute(async (connection) => {
    const db = connection as unknown as Kysely<unknown>;
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_ID)})`.execute(db);
    try {
      return await run(db);
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_ID)})`.execute(db);
    }
  });
}
