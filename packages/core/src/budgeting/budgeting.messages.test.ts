import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../i18n/locale.js';
import { budgetingMessages, budgetingText, remainingTexts, violationText } from './budgeting.messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('Finnish, Swedish and English have the same keys and placeholders', () => {
  const keys = Object.keys(budgetingMessages.fi).sort();
  for (const locale of LOCALES) {
    assert.deepEqual(Object.keys(budgetingMessages[locale]).sort(), keys, locale);
    for (const key of keys) {
      assert.ok((budgetingMessages[locale][key] as string).trim().length > 0, `${locale} ${key}`);
      assert.deepEqual(placeholders(budgetingMessages[locale][key] as string), placeholders(budgetingMessages.fi[key] as string), `${locale} ${key}`);
    }
  }
  // Every plural key has both forms.
  for (const key of keys.filter((k) => k.endsWith('.one'))) assert.ok(keys.includes(key.replace(/\.one$/, '.other')), key);
});

test('real plurals: one project, two projects; "hanke" and "hanketta"', () => {
  assert.equal(budgetingText('en', 'budgeting.ballot.tooFew', { min: 1, chosen: 0 }), 'Choose at least 1 project, or cast a blank vote.');
  assert.equal(budgetingText('en', 'budgeting.ballot.tooFew', { min: 2, chosen: 1 }), 'Choose at least 2 projects, or cast a blank vote.');
  assert.equal(budgetingText('fi', 'budgeting.ballot.tooFew', { min: 1, chosen: 0 }), 'Valitse vähintään 1 hanke tai jätä tyhjä ääni.');
  assert.equal(budgetingText('fi', 'budgeting.ballot.tooFew', { min: 3, chosen: 0 }), 'Valitse vähintään 3 hanketta tai jätä tyhjä ääni.');
  assert.deepEqual(remainingTexts('en', { points: 1 }), ['1 point left']);
  assert.deepEqual(remainingTexts('en', { projects: -1 }), ['You can choose 0 more projects.']);
});

test('money is shown in euros in the locale’s format', () => {
  const text = violationText('fi', { key: 'budgeting.ballot.overBudget', params: { budget: 80000, total: 90000, over: 10000 }, pointer: '/choices' });
  // fi-FI: "80 000 €" with no-break spaces.
  assert.match(text, /^Valintasi maksavat yhteensä 90\s000\s€ ja budjetti on 80\s000\s€: poista hankkeita 10\s000\s€ edestä\.$/);
  assert.match(violationText('en', { key: 'budgeting.ballot.overBudget', params: { budget: 80000, total: 90000, over: 10000 }, pointer: '/choices' }), /€80,000/);
  for (const locale of LOCALES) assert.doesNotMatch(remainingTexts(locale, { money: 1500 })[0]!, /\{/);
});
