import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../i18n/locale.js';
import type { Message } from '../i18n/translate.js';
import { surveysMessages, type SurveysMessageKey } from './surveys.messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const text = (message: Message) => (typeof message === 'string' ? message : message.other);

test('surveysMessages: Finnish, Swedish and English have the same keys and placeholders', () => {
  const keys = Object.keys(surveysMessages.fi).sort() as SurveysMessageKey[];
  assert.ok(keys.length > 50);
  for (const locale of LOCALES) {
    assert.deepEqual(Object.keys(surveysMessages[locale]).sort(), keys, `${locale} keys`);
    for (const key of keys) {
      const message = text(surveysMessages[locale][key]!);
      assert.ok(message.trim().length > 0, `${locale} ${key} is empty`);
      assert.deepEqual(placeholders(message), placeholders(text(surveysMessages.fi[key]!)), `${locale} ${key} placeholders`);
    }
  }
});

test('every message key the surveys code uses has a text', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const dir = new URL('./', import.meta.url);
  const used = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('surveys.messages.'))) {
    for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/'(surveys\.[a-zA-Z]+\.[a-zA-Z]+)'/g)) used.add(m[1]!);
  }
  assert.ok(used.size > 40, String(used.size));
  const missing = [...used].filter((key) => !(key in surveysMessages.fi));
  assert.deepEqual(missing, []);
});
