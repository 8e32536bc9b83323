import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import type { Database } from './database.types.js';
import { useGroupCommit } from './group-commit.js';
import { openSqliteReader } from './sqlite-reader.js';

export type DatabaseKind = DatabaseConfig['kind'];

/** An open database: the Kysely instance and what it runs on. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** The PostgreSQL schema the tables live in (the first one on the search path); null on SQLite. */
  readonly schema: string | null;
  /**
   * For long read-only queries that must not hold up other requests: on a SQLite file, a
   * connection in a worker thread (db/sqlite-reader.ts); on PostgreSQL a pool of its own
   * (`readerConnections`), so long reads queue for its few connections and never for the ones
   * status lookups, lists and writes take; in SQLite in memory the same as `db`.
   */
  readonly reader?: Kysely<Database>;
  close(): Promise<void>;
}

/** Milliseconds a SQLite writer waits for another writer (another process) before failing. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite's plain BEGIN takes the write lock only at the first write, and a transaction that
 * read first can then fail with SQLITE_BUSY when another process wrote meanwhile, without
 * waiting. BEGIN IMMEDIATE takes the write lock at once, so the busy timeout applies.
 * Within one process Kysely's single SQLite connection already runs one transaction at a time.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** What Kysely's SQLite driver uses of a better-sqlite3 database. */
type SqliteLike = Pick<SqliteDatabase.Database, 'prepare' | 'close'>;

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteLike;
  constructor(database: SqliteLike) {
    super({ database: database as SqliteDatabase.Database });
    this.#database = database;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database as SqliteDatabase.Database });
  }
}

/** Prepared statements kept per SQL text: Kysely prepares each query anew, which costs more than running it. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely sees it, preparing each SQL text once: a statement is taken from the
 * cache (the most recent ones kept). Safe because Kysely runs one query at a time on it and
 * never keeps an iterator open across another query of the same text.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteLike {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(source: string) {
      let statement = cache.get(source);
      if (statement !== undefined) {
        cache.delete(source);
        cache.set(source, statement);
        return statement;
      }
      statement = sqlite.prepare(source);
      cache.set(source, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
    close() {
      cache.clear();
      return sqlite.close();
    },
  } as SqliteLike;
}

const dataVersions = new WeakMap<object, () => string>();

/**
 * A text that changes whenever anything in the database may have changed, read without a
 * query through Kysely; null when the database offers no cheap one (PostgreSQL).
 * SQLite: PRAGMA data_version (changes when another connection, such as another process or
 * an admin command, commits) with total_changes() (rows this connection changed). Read it
 * before reading the data it stands for: then a change made meanwhile makes the next reading
 * differ, and the data are read again (platform/versioned-memo.ts).
 */
export function dataVersionOf(db: Kysely<Database>): (() => string) | null {
  return dataVersions.get(db) ?? null;
}

/**
 * Creates a folder and its missing parents, one level at a time. (Node 20's recursive mkdir
 * spins forever on some paths, such as one under /proc; this fails with the real error.)
 */
function ensureDirectory(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureDirectory(parent);
  mkdirSync(dir);
}

/**
 * Opens a SQLite file (creating its folder) with the settings that make an acknowledged write
 * survive a crash: write-ahead log, and `synchronous = FULL`, which syncs the log on every
 * commit (WAL's default NORMAL can lose the last commits when the machine loses power).
 */
export function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') ensureDirectory(dirname(file));
  const sqlite = new SqliteDatabase(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(withStatementCache(sqlite)) });
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  const totalChanges = sqlite.prepare('select total_changes()').pluck();
  dataVersions.set(db, () => `${dataVersion.get() as number}.${totalChanges.get() as number}`);
  const reader = file === ':memory:' ? db : openSqliteReader(file, SQLITE_BUSY_TIMEOUT_MS);
  // One writer at a time: the requests' writes that queue meanwhile share the next commit.
  useGroupCommit(db, { concurrency: 1 });
  return {
    db,
    kind: 'sqlite',
    schema: null,
    reader,
    close: async () => {
      if (reader !== db) await reader.destroy();
      await db.destroy();
    },
  };
}

export interface PostgresOptions {
  /** Connections per server process. */
  readonly max?: number;
  /** Milliseconds to wait for a connection before a request fails (and /healthz answers 503). */
  readonly connectionTimeoutMillis?: number;
  /** Overrides the search path, e.g. a schema per test file. */
  readonly searchPath?: string;
  /** Connections of the pool for long read-only queries (`reader`): 2. */
  readonly readerConnections?: number;
}

/**
 * How long a long read waits for one of the reader pool's connections: its queue is the
 * turn of the statistics and figures computations, seconds long when several are asked at once.
 */
const READER_CONNECTION_TIMEOUT_MS = 120_000;

/**
 * Opens a PostgreSQL pool. Every server process keeps only its pool: anything that matters for
 * correctness (idempotency keys, tracking codes) lives in the database, so several servers can
 * share one database. Checks the connection once and learns the schema the tables go in.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    idleTimeoutMillis: 30_000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client that loses its connection (the database restarted) emits 'error' on the
  // pool; without a listener that would crash the process. The pool replaces the client.
  pool.on('error', (error) => console.error('PostgreSQL idle client error:', error.message));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // Long reads (statistics, figures, tallies' inputs) on their own connections: at most
  // `readerConnections` of them run at once, and the main pool stays whole for short requests.
  const readerPool = new pg.Pool({
    connectionString: url,
    max: options.readerConnections ?? 2,
    connectionTimeoutMillis: READER_CONNECTION_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  readerPool.on('error', (error) => console.error('PostgreSQL idle reader error:', error.message));
  const reader = new Kysely<Database>({ dialect: new PostgresDialect({ pool: readerPool }) });
  const close = async () => {
    await reader.destroy();
    await db.destroy();
  };
  try {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    const schema = rows[0]?.schema ?? null;
    if (schema === null) throw new Error('No schema on the search path to create the tables in');
    // A few transactions at once, each carrying the writes that queued meanwhile; the rest of
    // the pool stays for reads.
    useGroupCommit(db, { concurrency: Math.max(1, Math.floor((options.max ?? 10) / 2)) });
    return { db, kind: 'postgresql', schema, reader, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url);
}

/** A real round trip to the database, for the health check. */
export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
