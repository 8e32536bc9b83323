import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Message } from '../i18n/translate.js';
import en from './budget-console.messages.en.js';
import fi from './budget-console.messages.fi.js';
import sv from './budget-console.messages.sv.js';
import shellEn from './budget-console-shell.messages.en.js';
import shellFi from './budget-console-shell.messages.fi.js';
import shellSv from './budget-console-shell.messages.sv.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.entries(message).filter(([k]) => k !== 'plural').map(([, v]) => v as string));

test('the budget console texts: Finnish, Swedish and English have the same keys and placeholders, and real plurals', () => {
  check(fi, sv, en);
  check(shellFi, shellSv, shellEn);
  assert.deepEqual(Object.keys(shellFi).filter((k) => k in fi), [], 'a key in one catalog only');
});

function check<K extends string>(fi: Record<K, Message>, sv: Record<K, Message>, en: Record<K, Message>): void {
  const keys = Object.keys(fi).sort();
  for (const [name, catalog] of [['sv', sv], ['en', en]] as const) {
    assert.deepEqual(Object.keys(catalog).sort(), keys, `${name} keys`);
    for (const key of keys as K[]) {
      const expected = placeholders(forms(fi[key]).at(-1)!);
      // The `other` form has every placeholder; `one` may leave the count out ("the answer shown").
      assert.deepEqual(placeholders(forms(catalog[key]).at(-1)!), expected, `${name} ${key}`);
      for (const form of forms(catalog[key])) for (const p of placeholders(form)) assert.ok(expected.includes(p), `${name} ${key}: {${p}}`);
      assert.equal(typeof catalog[key], typeof fi[key], `${name} ${key}: plural in every language or none`);
    }
  }
}
