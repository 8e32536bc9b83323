import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/database.types.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { createFeedbackRepository } from './feedback.repository.js';
import { createFeedbackResidentRepository, decodeListCursor } from './feedback-resident.repository.js';
import { seedFeedbackAtScale } from './feedback.scale-seed.js';
import { groupNames } from './stats/feedback-stats.repository.js';
import { refreshReportTimes } from './stats/report-times.js';
import { statsFromDatabase } from './stats/stats.queries.js';

// Issue 13: the queries the public API runs find their rows through an index at city scale,
// never by reading the whole reports table. Checked on the plans of both databases over
// generated data (ANALYZEd, so the planners know its size).
const NOW = new Date('2026-11-30T10:00:00.000Z');
const SIZE = 20_000;
let database: TestDatabase;
let logged: Kysely<Database>;
const captured: CompiledQuery[] = [];
let close: () => Promise<void> = async () => undefined;

before(async () => {
  database = await createTestDatabase();
  await seedFeedbackAtScale(database.handle.db, { size: SIZE, seed: 5, years: 2, now: NOW });
  // As autovacuum leaves a table in service: statistics, and the visibility map that lets
  // PostgreSQL count from an index alone.
  await sql`${sql.raw(database.kind === 'postgresql' ? 'vacuum analyze' : 'analyze')}`.execute(database.handle.db);
  const log = (event: { level: string; query: CompiledQuery }) => void (event.level === 'query' && captured.push(event.query));
  if (database.config.kind === 'sqlite') {
    const file = new SqliteDatabase(database.config.file, { readonly: true });
    logged = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }), log });
  } else {
    logged = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.config.url, max: 2 }) }), log });
  }
  close = () => logged.destroy();
});

after(async () => {
  await close();
  await database?.cleanup();
});

/** The plan's lines that read the whole feedback table. */
async function fullScans(query: CompiledQuery): Promise<string[]> {
  const db = database.handle.db;
  if (database.kind === 'sqlite') {
    const sqlite = new SqliteDatabase(database.config.kind === 'sqlite' ? database.config.file : '', { readonly: true });
    try {
      const rows = sqlite.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as { detail: string }[];
      return rows.map((r) => r.detail).filter((d) => /^SCAN (feedback|f)\b/.test(d) && !/USING (COVERING )?INDEX/.test(d));
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: database.config.kind === 'postgresql' ? database.config.url : '' });
  await client.connect();
  try {
    const result = await client.query(`explain (format json) ${query.sql}`, query.parameters as unknown[]);
    const found: string[] = [];
    const walk = (node: Record<string, unknown>) => {
      if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'feedback') found.push(`Seq Scan on feedback (${String(node['Filter'] ?? '')})`);
      for (const child of (node['Plans'] as Record<string, unknown>[] | undefined) ?? []) walk(child);
    };
    walk((result.rows[0]['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]!.Plan);
    return found;
  } finally {
    await client.end();
  }
}

async function plansOf(name: string, run: () => Promise<unknown>): Promise<void> {
  captured.length = 0;
  await run();
  const selects = captured.filter((q) => /^\s*(select|with)/i.test(q.sql) && /"?feedback"?/.test(q.sql));
  assert.ok(selects.length > 0, `${name}: ran queries`);
  for (const query of selects) {
    assert.deepEqual(await fullScans(query), [], `${name}: ${query.sql}`);
  }
}

describe(`query plans at city scale use indexes (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the stats of the default period, of a week, of a category; the refresh of new reports', async () => {
    const names = await groupNames(database.handle.db);
    const input = { now: NOW, targetWorkingDays: 5, ...names };
    await plansOf('stats, 12 weeks', () => statsFromDatabase(logged, database.kind, { ...input, from: '2026-09-07', to: '2026-11-30' }));
    await plansOf('stats, one week', () => statsFromDatabase(logged, database.kind, { ...input, from: '2026-11-23', to: '2026-11-29' }));
    await plansOf('stats, a category', () => statsFromDatabase(logged, database.kind, { ...input, from: '2026-09-07', to: '2026-11-30', category: 'youth' }));
    await plansOf('refresh', () => refreshReportTimes(logged));
  });

  test('the public list: first page, by category, open ones, and deep pages by cursor', async () => {
    const residents = createFeedbackResidentRepository(logged, { clock: () => NOW });
    await plansOf('list', () => residents.listPublic({}));
    await plansOf('list by category', () => residents.listPublic({ category: 'parks' }));
    await plansOf('list of open', () => residents.listPublic({ status: 'open' }));
    let page = await residents.listPublic({ pageSize: 100 });
    for (let i = 0; i < 3; i++) page = await residents.listPublic({ pageSize: 100, cursor: page.next! });
    assert.equal(page.page, 4);
    await plansOf('list by cursor', () => residents.listPublic({ pageSize: 100, cursor: page.next! }));
  });

  test('the status lookup by tracking code', async () => {
    const code = (await database.handle.db.selectFrom('feedback').select('tracking_code').limit(1).executeTakeFirstOrThrow()).tracking_code;
    const feedback = createFeedbackRepository(logged, { clock: () => NOW });
    await plansOf('status', () => feedback.findStatus(code));
  });

  test('paging by cursor walks a filtered list once, newest first, as pages by number do', async () => {
    const residents = createFeedbackResidentRepository(database.handle.db, { clock: () => NOW });
    const seen: string[] = [];
    let page = await residents.listPublic({ category: 'youth', pageSize: 100 });
    const total = page.total;
    seen.push(...page.items.map((i) => i.trackingCode));
    while (page.next) {
      assert.equal(decodeListCursor(page.next)?.page, page.page + 1);
      const byNumber = await residents.listPublic({ category: 'youth', pageSize: 100, page: page.page + 1 });
      page = await residents.listPublic({ category: 'youth', pageSize: 100, cursor: page.next });
      assert.deepEqual(page.items.map((i) => i.trackingCode), byNumber.items.map((i) => i.trackingCode));
      seen.push(...page.items.map((i) => i.trackingCode));
    }
    assert.ok(total > 300, `a list of several pages (${total})`);
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });
});
