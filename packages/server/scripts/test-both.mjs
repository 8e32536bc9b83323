#!/usr/bin/env node
// Runs the server's test suite twice: on SQLite, then on PostgreSQL when one is reachable.
//   node packages/server/scripts/test-both.mjs [-- extra node args]
// PostgreSQL: DATABASE_URL, or postgres://postgres@127.0.0.1:5432/test. Each test file makes
// and drops its own schema there. Without a reachable server the PostgreSQL run is skipped
// with a NOTICE, and only the SQLite result counts.
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

const sqlite = run('sqlite');
const unreachable = await postgresReachable();
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
