import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCALES } from '../i18n/locale.js';
import { budgetingMessages, budgetingText, remainingTexts, violationText } from './budgeting.messages.js';

// Same keys, placeholders and plural forms in fi, sv and en: i18n/catalogs.test.ts, with the other catalogs.

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

test('a points ballot counts points, not euros: only the money of a knapsack ballot is in euros', () => {
  const over = { key: 'budgeting.ballot.tooManyPoints', params: { total: 10, used: 12, over: 2 }, pointer: '/choices' };
  assert.equal(violationText('en', over), 'You have given 12 points, 2 points too many: you have 10.');
  assert.equal(violationText('fi', over), 'Olet antanut 12 pistettä, 2 pistettä liikaa: käytettävissä on 10.');
  assert.equal(violationText('en', { ...over, params: { total: 10, used: 11, over: 1 } }), 'You have given 11 points, 1 point too many: you have 10.');
  for (const locale of LOCALES) assert.doesNotMatch(violationText(locale, over), /€/, locale);
  // Large counts are grouped in the locale's way (en-FI: "1 500") and still take the plural form.
  assert.match(remainingTexts('en', { points: 1500 })[0]!, /^1\s500 points left$/);
});
