import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from '../i18n/translate.js';
import en from './survey-console.messages.en.js';
import fi from './survey-console.messages.fi.js';
import sv from './survey-console.messages.sv.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.entries(message).filter(([k]) => k !== 'plural').map(([, v]) => v as string));

test('the survey console texts: Finnish, Swedish and English have the same keys and placeholders, and real plurals', () => {
  const keys = Object.keys(fi).sort();
  for (const [name, catalog] of [['sv', sv], ['en', en]] as const) {
    assert.deepEqual(Object.keys(catalog).sort(), keys, `${name} keys`);
    for (const key of keys as (keyof typeof fi)[]) {
      const expected = placeholders(forms(fi[key]).at(-1)!);
      for (const form of forms(catalog[key])) assert.deepEqual(placeholders(form), expected, `${name} ${key}`);
      assert.equal(typeof catalog[key], typeof fi[key], `${name} ${key}: plural in every language or none`);
    }
  }
});
