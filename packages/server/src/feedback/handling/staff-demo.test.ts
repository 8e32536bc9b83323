import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { STAFF_PATHS } from '@kohtaamo/core';
import { DEFAULT_DEMO_DIR } from '../../demo/demo.routes.js';
import { seedDemo } from '../feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { childEnv, spawnMain, type SpawnedMain } from '../../testing/spawn-main.js';

let database: TestDatabase;
let demo: SpawnedMain | undefined;
let plain: SpawnedMain | undefined;
const TOKEN = 'kst_demo-test-token-0123456789abcdef';

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
});

after(async () => {
  for (const main of [demo, plain]) {
    if (main && main.child.exitCode === null) {
      main.child.kill('SIGTERM');
      await main.exited;
    }
  }
  await database?.cleanup();
});

describe(`demo staff page and token (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('staff.html embeds the inbox (no token in the HTML); the resident pages link to it but do not embed it', () => {
    const staff = readFileSync(join(DEFAULT_DEMO_DIR, 'staff.html'), 'utf8');
    assert.ok(staff.includes('<kohtaamo-feedback-inbox api=""></kohtaamo-feedback-inbox>'));
    assert.ok(staff.includes('<script type="module" src="/widgets/kohtaamo.js"></script>'), 'through the loader');
    assert.ok(!/token=/.test(staff), 'no token attribute');
    for (const page of ['index.html', 'sv.html', 'en.html']) {
      const html = readFileSync(join(DEFAULT_DEMO_DIR, page), 'utf8');
      assert.ok(html.includes('href="/staff.html"'), `${page} links the staff page`);
      assert.ok(!html.includes('<kohtaamo-feedback-inbox'), `${page} has no inbox`);
    }
  });

  test('KOHTAAMO_DEMO_STAFF_TOKEN signs in a demo admin with --demo only', async () => {
    plain = await spawnMain(childEnv(database.config, { KOHTAAMO_DEMO_STAFF_TOKEN: TOKEN }), []);
    const refused = await fetch(new URL(STAFF_PATHS.me, plain.url), { headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal(refused.status, 401, 'ignored without --demo');
    plain.child.kill('SIGTERM');
    await plain.exited;

    demo = await spawnMain(childEnv(database.config, { KOHTAAMO_DEMO_STAFF_TOKEN: TOKEN }), ['--demo']);
    const me = await fetch(new URL(STAFF_PATHS.me, demo.url), { headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { role: string }).role, 'admin');
  });
});
