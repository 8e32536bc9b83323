// What the results widget reads of a round (RoundNamesSchema): the title and the budgets' names,
// loosely; a round as the server sends it passes, one without what the widget shows does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { RoundNamesSchema } from './results.schema.js';

const name = { fi: 'Koko kaupunki', sv: 'Hela staden', en: 'Whole town' };
const round = {
  id: 'heinola-2027',
  title: { fi: 'Tuloskierros', sv: 'Resultatomgång', en: 'Results round' },
  phase: 'results',
  budgets: [{ id: 'city', kind: 'area', name, amount: 100_000, rulesSet: true }],
};

test('a round as the server sends it is read, with what the widget shows', () => {
  const read = v.parse(RoundNamesSchema, round);
  assert.equal(read.title.sv, 'Resultatomgång');
  assert.deepEqual(read.budgets.map((b) => [b.id, b.name.en]), [['city', 'Whole town']]);
});

test('a round without a title, or a budget without its name in every language, is refused', () => {
  assert.equal(v.safeParse(RoundNamesSchema, { ...round, title: undefined }).success, false);
  assert.equal(v.safeParse(RoundNamesSchema, { ...round, budgets: [{ id: 'city', name: { fi: 'Koko kaupunki' } }] }).success, false);
  assert.equal(v.safeParse(RoundNamesSchema, { ...round, budgets: {} }).success, false);
});
