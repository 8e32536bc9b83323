import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { openPostgres, openSqlite, type DatabaseHandle } from '../db/database.js';
import { defaultModules } from '../modules.js';
import { migrateToLatest } from '../platform/migrate.js';
import type { DomainModule } from '../platform/module.js';

export type TestDatabaseKind = 'sqlite' | 'postgresql';

/** The PostgreSQL server the tests use: DATABASE_URL, or the local one with trust auth. */
export const TEST_POSTGRES_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Which database this test run uses: KOHTAAMO_TEST_DB=sqlite (the default) or postgresql. */
export function testDatabaseKind(): TestDatabaseKind {
  const value = (process.env.KOHTAAMO_TEST_DB ?? 'sqlite').trim().toLowerCase();
  if (value === 'sqlite') return 'sqlite';
  if (value === 'postgresql' || value === 'postgres' || value === 'pg') return 'postgresql';
  throw new Error(`KOHTAAMO_TEST_DB must be "sqlite" or "postgresql", not "${value}"`);
}

export interface TestDatabase {
  readonly kind: TestDatabaseKind;
  readonly handle: DatabaseHandle;
  /** The same database as the server's configuration (to start main.ts on it, or a second pool). */
  readonly config: DatabaseConfig;
  /** Opens one more handle on the same database (another "server process"). */
  openAnother(): Promise<DatabaseHandle>;
  /** Closes every handle and removes the database (the temp folder or the schema). */
  cleanup(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Run the migrations (default true). */
  readonly migrate?: boolean;
  /** The modules whose migrations run after the platform's (the registry's by default). */
  readonly modules?: readonly DomainModule[];
}

/**
 * A fresh, empty database for one test file: a SQLite file in a new temp folder, or a new
 * PostgreSQL schema that every connection gets as its search path (through the connection's
 * `options`), dropped afterwards. Call `cleanup` in an `after` hook.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const kind = testDatabaseKind();
  const handles: DatabaseHandle[] = [];
  let result: TestDatabase;

  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kohtaamo-test-'));
    const file = join(dir, 'kohtaamo.sqlite');
    const open = async () => {
      const handle = openSqlite(file);
      handles.push(handle);
      return handle;
    };
    const handle = await open();
    result = {
      kind,
      handle,
      config: { kind: 'sqlite', file },
      openAnother: open,
      async cleanup() {
        await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } else {
    const schema = `kohtaamo_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`create schema "${schema}"`);
    } finally {
      await admin.end();
    }
    const url = new URL(TEST_POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const open = async () => {
      const handle = await openPostgres(url.toString(), { max: 10 });
      handles.push(handle);
      return handle;
    };
    const handle = await open();
    result = {
      kind,
      handle,
      config: { kind: 'postgresql', url: url.toString() },
      openAnother: open,
      async cleanup() {
        await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
        const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await client.connect();
        try {
          await client.query(`drop schema if exists "${schema}" cascade`);
        } finally {
          await client.end();
        }
      },
    };
  }

  if (options.migrate ?? true) await migrateToLatest(result.handle, options.modules ?? defaultModules());
  return result;
}
