/**
 * Plan checks at city scale (issue 13, ADR 0044): the code under test runs on a connection that
 * records its queries; each SELECT it ran on a guarded table is EXPLAINed on the same database
 * (with its parameters), and a plan step that reads a guarded table whole fails the check.
 * Seed the database and ANALYZE it first (`analyzeForPlans`), so the planners know its size.
 *
 *   const plans = await openPlanCheck(database, { guarded: ['booking_bookings'] });
 *   await plans.check('the staff queue', () => createBookingRepository({ db: plans.db, … }).queue(…));
 */
import assert from 'node:assert/strict';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/database.types.js';
import type { TestDatabase } from './test-database.js';

export interface PlanCheckOptions {
  /** The tables a plan must never read whole (the ones that grow with the city). */
  readonly guarded: readonly string[];
  /** The aliases the queries give guarded tables ("f" for `feedback as f`): SQLite's plans name them so. */
  readonly aliases?: readonly string[];
  /** Which recorded queries are checked; by default those that name a guarded table. */
  readonly checks?: RegExp;
}

export interface PlanCheck {
  /** The recording connection (read only on SQLite): give it to the code under test. */
  readonly db: Kysely<Database>;
  /**
   * Runs `run`, then asserts that it ran queries and that none of their plans reads a guarded
   * table whole; the queries `except` matches are not checked (give the reason beside it).
   */
  check(name: string, run: () => Promise<unknown>, except?: RegExp): Promise<void>;
  /** The plan steps of one query that read a guarded table whole (empty: none). */
  fullScans(query: CompiledQuery): Promise<string[]>;
  close(): Promise<void>;
}

/** As autovacuum leaves tables in service: statistics, and on PostgreSQL the visibility map that lets it count from an index alone. */
export async function analyzeForPlans(database: TestDatabase): Promise<void> {
  await sql`${sql.raw(database.kind === 'postgresql' ? 'vacuum analyze' : 'analyze')}`.execute(database.handle.db);
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function openPlanCheck(database: TestDatabase, options: PlanCheckOptions): Promise<PlanCheck> {
  const captured: CompiledQuery[] = [];
  const log = (event: { level: string; query: CompiledQuery }) => void (event.level === 'query' && captured.push(event.query));
  const config = database.config;
  const db =
    config.kind === 'sqlite'
      ? new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(config.file, { readonly: true }) }), log })
      : new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 2 }) }), log });
  const names = [...options.guarded, ...(options.aliases ?? [])].map(escape).join('|');
  const sqliteScan = new RegExp(`^SCAN (${names})\\b`);
  const checks = options.checks ?? new RegExp(`"(${options.guarded.map(escape).join('|')})"`);

  // One connection for the EXPLAINs, opened once (a repository's view may run a query per row).
  const explainer = config.kind === 'sqlite' ? new SqliteDatabase(config.file, { readonly: true }) : null;
  const client = config.kind === 'postgresql' ? new pg.Client({ connectionString: config.url }) : null;
  if (client) await client.connect();

  async function fullScans(query: CompiledQuery): Promise<string[]> {
    if (explainer) {
      const rows = explainer.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as { detail: string }[];
      return rows.map((r) => r.detail).filter((d) => sqliteScan.test(d) && !/USING (COVERING )?INDEX|USING PRIMARY KEY/.test(d));
    }
    const result = await client!.query(`explain (format json) ${query.sql}`, query.parameters as unknown[]);
    const found: string[] = [];
    const walk = (node: Record<string, unknown>) => {
      if (node['Node Type'] === 'Seq Scan' && options.guarded.includes(String(node['Relation Name']))) {
        found.push(`Seq Scan on ${String(node['Relation Name'])} (${String(node['Filter'] ?? '')})`);
      }
      for (const child of (node['Plans'] as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk((result.rows[0]['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]!.Plan);
    return found;
  }

  return {
    db,
    fullScans,
    async check(name, run, except) {
      captured.length = 0;
      await run();
      const selects = captured.filter((q) => /^\s*(select|with)/i.test(q.sql) && checks.test(q.sql) && !except?.test(q.sql));
      assert.ok(selects.length > 0, `${name}: ran queries`);
      // A statement run once per row of a list (the same text, other ids) is explained once.
      const seen = new Set<string>();
      for (const query of selects) {
        if (seen.has(query.sql)) continue;
        seen.add(query.sql);
        // The total of an unfiltered list is a count of the whole table: reading all of it (or all
        // of an index) is what it is, and PostgreSQL rightly prefers the table then.
        if (/count\(\*\)/i.test(query.sql) && !/\swhere\s/i.test(query.sql)) continue;
        assert.deepEqual(await fullScans(query), [], `${name}: ${query.sql}`);
      }
    },
    async close() {
      explainer?.close();
      await client?.end();
      await db.destroy();
    },
  };
}
