#!/usr/bin/env node
// Runs the server's test suite twice: on SQLite, then on PostgreSQL when one is reachable.
//   node packages/server/scripts/test-both.mjs [-- extra node args]
// PostgreSQL: DATABASE_URL, or postgres://postgres@127.0.0.1:5432/test. Each test file makes
// and drops its own schema there. Without a reachable server the PostgreSQL run is skipped
// with a NOTICE, and only the SQLite result counts; under CI (CI=true, or KOHTAAMO_REQUIRE_POSTGRES=1)
// a missing PostgreSQL fails the run instead, so CI can never pass on SQLite alone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const runner = fileURLToPath(new URL('../../../scripts/node-tests.mjs', import.meta.url));
const folder = fileURLToPath(new URL('../src', import.meta.url));
const extra = process.argv.slice(2);
const postgresUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

function run(kind) {
  console.log(`\n=== @kohtaamo/server tests on ${kind} ===\n`);
  const result = spawnSync(process.execPath, [runner, folder, ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, KOHTAAMO_TEST_DB: kind },
  });
  return result.status ?? 1;
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** True when a missing PostgreSQL must fail the run: on CI, or when asked to. */
export function postgresRequired(env = process.env) {
  const on = (value) => value !== undefined && !['', '0', 'false', 'no'].includes(value.trim().toLowerCase());
  return on(env.CI) || on(env.KOHTAAMO_REQUIRE_POSTGRES);
}

const required = postgresRequired();
// Asked first, so that under CI a missing PostgreSQL fails at once rather than after the SQLite run.
const unreachable = await postgresReachable();
if (unreachable !== null && required) {
  console.error(`\nERROR: PostgreSQL not reachable at ${redact(postgresUrl)} (${unreachable}). CI must run the server tests on PostgreSQL too.`);
  process.exit(1);
}
const sqlite = run('sqlite');
let postgres = 0;
if (unreachable === null) {
  postgres = run('postgresql');
} else {
  console.log(`\nNOTICE: PostgreSQL not reachable at ${redact(postgresUrl)} (${unreachable}); the PostgreSQL run is skipped.`);
}
console.log(
  `\n@kohtaamo/server: SQLite ${sqlite === 0 ? 'passed' : 'FAILED'}; PostgreSQL ${
    unreachable !== null ? 'skipped' : postgres === 0 ? 'passed' : 'FAILED'
  }.`,
);
process.exit(sqlite !== 0 ? sqlite : postgres);
