import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedbackMessages } from '../feedback/feedback.messages.js';
import { feedbackHandlingMessages } from '../feedback/handling.messages.js';
import { feedbackResidentMessages } from '../feedback/feedback-resident.messages.js';
import { signalsMessages } from '../signals/signals.messages.js';
import { commonMessages } from './common.messages.js';
import { LOCALES } from './locale.js';
import type { Catalogs } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

for (const [name, catalogs] of Object.entries({ commonMessages, feedbackMessages, signalsMessages, feedbackResidentMessages, feedbackHandlingMessages }) as [string, Catalogs][]) {
  test(`${name}: Finnish, Swedish and English have the same keys and placeholders`, () => {
    const keys = Object.keys(catalogs.fi).sort();
    assert.ok(keys.length > 0);
    for (const locale of LOCALES) {
      assert.deepEqual(Object.keys(catalogs[locale]).sort(), keys, `${locale} keys`);
      for (const key of keys) {
        const text = catalogs[locale][key]!;
        assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
        assert.deepEqual(placeholders(text), placeholders(catalogs.fi[key]!), `${locale} ${key} placeholders`);
      }
    }
  });
}
