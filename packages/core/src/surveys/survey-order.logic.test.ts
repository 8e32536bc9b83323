import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as v from 'valibot';
import { presentationOrder, seededShuffle } from './survey-order.logic.js';
import { SurveyQuestionSchema } from './survey.schema.js';

const t = (text: string) => ({ fi: text, sv: text, en: text });

test('a shuffle is a permutation, the same for the same seed, and keeps fixed items in place', () => {
  fc.assert(
    fc.property(fc.array(fc.integer(), { maxLength: 20 }), fc.string(), fc.func(fc.boolean()), (items, seed, fixedOf) => {
      const fixed = (i: number) => fixedOf(i);
      const once = seededShuffle(items, seed, fixed);
      assert.deepEqual(seededShuffle(items, seed, fixed), once);
      assert.deepEqual([...once].sort(), [...items].sort());
      items.forEach((item, i) => {
        if (fixed(item)) assert.equal(once[i], item);
      });
    }),
    { numRuns: 500 },
  );
});

test('every order is about equally likely over respondents (chi-square, 4 options, 24 orders)', () => {
  const counts = new Map<string, number>();
  const n = 24_000;
  for (let r = 0; r < n; r++) {
    const order = seededShuffle(['a', 'b', 'c', 'd'], `respondent-${r}`).join('');
    counts.set(order, (counts.get(order) ?? 0) + 1);
  }
  assert.equal(counts.size, 24);
  const expected = n / 24;
  const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
  // 23 degrees of freedom: the 99.9th percentile is 49.73. The seeds are fixed, so this is deterministic.
  assert.ok(chi2 < 49.73, `chi-square ${chi2}`);
});

test('presentationOrder shuffles only when asked, per respondent and question, "other" last', () => {
  const options = ['a', 'b', 'c', 'd', 'e', 'f'].map((value) => ({ value, text: t(value) }));
  const question = v.parse(SurveyQuestionSchema, {
    id: 'q',
    type: 'multiple_choice',
    text: t('Q'),
    options: [...options, { value: 'none', text: t('none'), fixed: true, exclusive: true }],
    other: { text: t('Other') },
    randomize: true,
  });
  const first = presentationOrder(question, 'resp-1');
  assert.deepEqual(presentationOrder(question, 'resp-1'), first);
  assert.equal(first.at(-1), 'other');
  assert.equal(first.at(-2), 'none');
  const orders = new Set(Array.from({ length: 20 }, (_, i) => presentationOrder(question, `resp-${i}`).join()));
  assert.ok(orders.size > 10, `${orders.size} distinct orders of 20 respondents`);
  const plain = v.parse(SurveyQuestionSchema, { ...question, randomize: false });
  assert.deepEqual(presentationOrder(plain, 'resp-1'), ['a', 'b', 'c', 'd', 'e', 'f', 'none', 'other']);
});
