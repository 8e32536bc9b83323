import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../packages/server/scripts/test-both.mjs', import.meta.url));
// A port nothing listens on: PostgreSQL is "missing".
const missing = 'postgres://postgres@127.0.0.1:1/test';

function runScript(env: Record<string, string>) {
  const base = { ...process.env };
  for (const name of ['CI', 'KOHTAAMO_REQUIRE_POSTGRES', 'NODE_TEST_CONTEXT']) delete base[name];
  // "-- --test-name-pattern=…": if the script wrongly went on to run the suite, it would match no test.
  return spawnSync(process.execPath, [script, '--', '--test-name-pattern=^no such test$'], {
    env: { ...base, DATABASE_URL: missing, ...env },
    encoding: 'utf8',
  });
}

test('under CI a missing PostgreSQL fails the server suite before anything runs', () => {
  const result = runScript({ CI: 'true' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /PostgreSQL not reachable at postgres:\/\/postgres@127\.0\.0\.1:1\/test/);
  assert.doesNotMatch(result.stdout, /tests on sqlite/, 'the SQLite run was not started');
});

test('KOHTAAMO_REQUIRE_POSTGRES=1 asks for the same outside CI; CI=false does not', () => {
  assert.equal(runScript({ KOHTAAMO_REQUIRE_POSTGRES: '1' }).status, 1);
  assert.match(runScript({ CI: 'false', KOHTAAMO_REQUIRE_POSTGRES: '1' }).stderr, /not reachable/);
});
