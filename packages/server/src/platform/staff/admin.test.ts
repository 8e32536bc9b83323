import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { STAFF_PATHS } from '@kohtaamo/core';
import { runAdmin } from '../../admin.js';
import { seedCategories } from '../../feedback/feedback.seed.js';
import { childEnv } from '../../testing/spawn-main.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { verifyApiKey } from './api-keys.js';
import { sha256Hex } from './secrets.js';

let database: TestDatabase;
let server: TestServer;

before(async () => {
  database = await createTestDatabase();
  await seedCategories(database.handle.db);
  server = await startTestServer({ db: database.handle, config: { origins: [] } });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

async function admin(...argv: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  let err = '';
  const code = await runAdmin(argv, database.handle.db, { out: (l) => out.push(l), err: (l) => (err += `${l}\n`) });
  return { code, out, err };
}

const me = (token: string) => fetch(server.at(STAFF_PATHS.me), { headers: { Authorization: `Bearer ${token}` } });

describe(`admin command (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('staff add, token issue (printed once, stored hashed), the token works, token revoke ends it', async () => {
    const added = await admin('staff', 'add', '--name', 'Kalle Katu', '--email', 'Kalle@Heinola.example', '--role', 'handler', '--categories', 'streets,parks');
    assert.equal(added.code, 0, added.err);
    const issued = await admin('token', 'issue', '--email', 'kalle@heinola.example');
    assert.equal(issued.code, 0, issued.err);
    assert.equal(issued.out.length, 1, 'the token alone on stdout');
    const token = issued.out[0]!;
    assert.match(token, /^kst_[A-Za-z0-9_-]{43}$/);
    const stored = await database.handle.db.selectFrom('staff_tokens').select('token_hash').execute();
    assert.deepEqual(stored.map((r) => r.token_hash), [sha256Hex(token)]);

    const response = await me(token);
    assert.equal(response.status, 200);
    const body = (await response.json()) as Record<string, unknown> & { grants: { organisation: string; domain: string; scope: string; role: string }[]; credential: { kind: string; expiresAt: string } };
    // The 0.1 fields, unchanged for the inbox element, and the grants they come from.
    assert.deepEqual(
      { id: body.id, name: body.name, email: body.email, role: body.role, categories: body.categories },
      { id: added.out[0], name: 'Kalle Katu', email: 'kalle@heinola.example', role: 'handler', categories: ['parks', 'streets'] },
    );
    assert.deepEqual(
      body.grants.map((g) => `${g.organisation} ${g.domain} ${g.scope} ${g.role}`),
      ['city feedback parks handler', 'city feedback streets handler'],
    );
    assert.equal(body.credential.kind, 'token');
    // Tokens expire by default (90 days).
    assert.equal(Date.parse(body.credential.expiresAt) - Date.now() > 89 * 86_400_000 && Date.parse(body.credential.expiresAt) - Date.now() <= 90 * 86_400_000, true);

    const list = await admin('staff', 'list');
    assert.deepEqual(list.out, ['kalle@heinola.example\tKalle Katu\thandler\tparks,streets']);

    assert.equal((await admin('token', 'revoke', '--email', 'kalle@heinola.example')).code, 0);
    assert.equal((await me(token)).status, 401);
  });

  test('refuses what makes no sense: unknown role or category, a handler without categories, a taken email', async () => {
    assert.equal((await admin('staff', 'add', '--name', 'X', '--email', 'x@heinola.example', '--role', 'root')).code, 2);
    const unknown = await admin('staff', 'add', '--name', 'X', '--email', 'x@heinola.example', '--role', 'handler', '--categories', 'streets,moon');
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /unknown feedback scope moon/);
    assert.equal((await admin('staff', 'add', '--name', 'X', '--email', 'x@heinola.example', '--role', 'handler')).code, 1);
    assert.equal((await admin('staff', 'add', '--name', 'Y', '--email', 'kalle@heinola.example', '--role', 'admin')).code, 1);
    assert.equal((await admin('token', 'issue', '--email', 'nobody@heinola.example')).code, 1);
    assert.equal((await admin('frobnicate')).code, 2);
  });

  test('a disabled member of staff loses their tokens', async () => {
    await admin('staff', 'add', '--name', 'Aino', '--email', 'aino@heinola.example', '--role', 'admin');
    const token = (await admin('token', 'issue', '--email', 'aino@heinola.example', '--days', '30')).out[0]!;
    assert.equal((await me(token)).status, 200);
    assert.equal((await admin('staff', 'disable', '--email', 'aino@heinola.example')).code, 0);
    assert.equal((await me(token)).status, 401);
    assert.equal((await admin('token', 'issue', '--email', 'aino@heinola.example')).code, 1);
  });

  test('api-key issue / revoke, checked by verifyApiKey; only the hash is stored', async () => {
    const issued = await admin('api-key', 'issue', '--name', 'Helsinki Open311 client');
    assert.equal(issued.code, 0);
    const key = issued.out[0]!;
    assert.match(key, /^kak_/);
    assert.equal(await verifyApiKey(database.handle.db, key), true);
    assert.equal(await verifyApiKey(database.handle.db, `${key}x`), false);
    assert.equal(await verifyApiKey(database.handle.db, ''), false);
    const rows = await database.handle.db.selectFrom('api_keys').selectAll().execute();
    assert.deepEqual(rows.map((r) => [r.key_hash, r.name]), [[sha256Hex(key), 'Helsinki Open311 client']]);
    assert.equal((await admin('api-key', 'revoke', '--name', 'Helsinki Open311 client')).code, 0);
    assert.equal(await verifyApiKey(database.handle.db, key), false);
    assert.match((await admin('api-key', 'list')).out[0]!, /^Helsinki Open311 client\t.+\trevoked /);
  });

  test('the kohtaamo-server bin runs the admin command on the configured database', async () => {
    const bin = fileURLToPath(new URL('../../../bin/kohtaamo-server.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'admin', 'staff', 'list'], { env: childEnv(database.config), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const [code] = (await once(child, 'exit')) as [number];
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^kalle@heinola\.example\tKalle Katu\thandler\tparks,streets$/m);
  });
});
