import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FeedbackCategorySchema, normalizeTrackingCode } from '@kohtaamo/core';
import { DEFAULT_DEMO_DIR } from '../demo/demo.routes.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { DEMO_FEEDBACK, HEINOLA_CATEGORIES, seedDemo } from './feedback.seed.js';

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
});

after(async () => {
  await database?.cleanup();
});

async function counts(): Promise<{ categories: number; feedback: number }> {
  const db = database.handle.db;
  const c = await db.selectFrom('feedback_categories').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  const f = await db.selectFrom('feedback').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return { categories: Number(c.n), feedback: Number(f.n) };
}

describe(`demo seed (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the categories are valid per the core schema and cover the required topics', () => {
    for (const category of HEINOLA_CATEGORIES) v.parse(FeedbackCategorySchema, category);
    const ids = HEINOLA_CATEGORIES.map((c) => c.id);
    for (const id of ['streets', 'parks', 'library', 'youth', 'sports', 'environment', 'other']) assert.ok(ids.includes(id), id);
    assert.equal(new Set(ids).size, ids.length);
    for (const c of HEINOLA_CATEGORIES) {
      for (const text of [c.name.fi, c.name.sv, c.name.en, c.description.fi, c.description.sv, c.description.en]) assert.ok(text.trim());
    }
  });

  test('demo tracking codes are valid, canonical and distinct; every status is shown', () => {
    const codes = DEMO_FEEDBACK.map((f) => f.trackingCode);
    for (const code of codes) assert.equal(normalizeTrackingCode(code), code);
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual(new Set(DEMO_FEEDBACK.map((f) => f.status)), new Set(['received', 'allocated', 'in_handling', 'done', 'rejected']));
  });

  test('seeding adds everything once; running it again adds nothing', async () => {
    const first = await seedDemo(database.handle.db);
    assert.deepEqual(first, { categories: HEINOLA_CATEGORIES.length, feedback: DEMO_FEEDBACK.length });
    assert.deepEqual(await counts(), first);
    const second = await seedDemo(database.handle.db);
    assert.deepEqual(second, { categories: 0, feedback: 0 });
    assert.deepEqual(await counts(), first);
  });

  test('each demo page lists every demo tracking code, so a visitor can try them', () => {
    for (const page of ['index.html', 'sv.html', 'en.html']) {
      const html = readFileSync(join(DEFAULT_DEMO_DIR, page), 'utf8');
      for (const { trackingCode } of DEMO_FEEDBACK) assert.ok(html.includes(trackingCode), `${page} lists ${trackingCode}`);
    }
  });
});
