import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { validateAnswer } from './survey-answers.logic.js';
import { SurveyQuestionSchema, type AnswerableQuestion, type SurveyAnswers } from './survey.schema.js';

const t = (text: string) => ({ fi: text, sv: text, en: text });
const q = (input: Record<string, unknown>) => v.parse(SurveyQuestionSchema, { id: 'q', text: t('Q'), ...input }) as AnswerableQuestion;
const check = (question: AnswerableQuestion, answers: SurveyAnswers, required = false) => {
  const result = validateAnswer(question, answers, required);
  return { errors: result.errors.map((e) => [e.pointer, e.code, e.params ?? {}]), clean: result.clean };
};
const options = (...values: string[]) => values.map((value) => ({ value, text: t(value) }));

test('blank answers: an error only when required', () => {
  const question = q({ type: 'short_text' });
  for (const blank of [undefined, null, '', '   ', []] as unknown[]) {
    assert.deepEqual(check(question, { q: blank as string }).errors, []);
    assert.deepEqual(check(question, { q: blank as string }, true).errors, [['#/answers/q', 'surveys.answer.required', {}]]);
  }
});

test('single choice with "other, please specify"', () => {
  const question = q({ type: 'single_choice', options: options('a', 'b'), other: { text: t('Other') } });
  assert.deepEqual(check(question, { q: 'a' }), { errors: [], clean: { q: 'a' } });
  assert.deepEqual(check(question, { q: 'c' }).errors, [['#/answers/q', 'surveys.answer.choice', {}]]);
  assert.deepEqual(check(question, { q: 'other' }).errors, [['#/answers/q.other', 'surveys.answer.otherRequired', {}]]);
  assert.deepEqual(check(question, { q: 'other', 'q.other': '  sauna  ' }), { errors: [], clean: { q: 'other', 'q.other': 'sauna' } });
  assert.deepEqual(check(question, { q: 'other', 'q.other': 'x'.repeat(201) }).errors, [['#/answers/q.other', 'surveys.answer.tooLong', { max: 200 }]]);
  assert.deepEqual(check(question, { q: 3 }).errors, [['#/answers/q', 'surveys.answer.invalid', {}]]);
  const noOther = q({ type: 'dropdown', options: options('a', 'b') });
  assert.deepEqual(check(noOther, { q: 'other' }).errors, [['#/answers/q', 'surveys.answer.choice', {}]]);
});

test('multiple choice: min and max selections, exclusive options, stored in the definition’s order', () => {
  const question = q({
    type: 'multiple_choice',
    options: [...options('a', 'b', 'c'), { value: 'none', text: t('None'), exclusive: true }],
    other: { text: t('Other') },
    minSelected: 2,
    maxSelected: 3,
  });
  assert.deepEqual(check(question, { q: ['c', 'a'] }), { errors: [], clean: { q: ['a', 'c'] } });
  assert.deepEqual(check(question, { q: ['a'] }).errors, [['#/answers/q', 'surveys.answer.tooFew', { min: 2 }]]);
  assert.deepEqual(check(question, { q: ['a', 'b', 'c', 'other'], 'q.other': 'x' }).errors, [['#/answers/q', 'surveys.answer.tooMany', { max: 3 }]]);
  assert.deepEqual(check(question, { q: ['none'] }), { errors: [], clean: { q: ['none'] } }, 'an exclusive option alone is enough');
  assert.deepEqual(check(question, { q: ['none', 'a'] }).errors, [['#/answers/q', 'surveys.answer.exclusive', { option: 'none' }]]);
  assert.deepEqual(check(question, { q: ['a', 'a'] }).errors, [['#/answers/q', 'surveys.answer.choice', {}]]);
  assert.deepEqual(check(question, { q: ['a', 'other'] }).errors, [['#/answers/q.other', 'surveys.answer.otherRequired', {}]]);
});

test('rating, recommendation and matrix scales', () => {
  const rating = q({ type: 'rating', min: 1, max: 5, minLabel: t('bad'), maxLabel: t('good'), cantSay: t('?') });
  assert.deepEqual(check(rating, { q: 5 }).clean, { q: 5 });
  assert.deepEqual(check(rating, { q: 'cant_say' }).clean, { q: 'cant_say' });
  assert.deepEqual(check(rating, { q: 6 }).errors, [['#/answers/q', 'surveys.answer.range', { min: 1, max: 5 }]]);
  assert.deepEqual(check(rating, { q: 2.5 }).errors, [['#/answers/q', 'surveys.answer.range', { min: 1, max: 5 }]]);
  const nps = q({ type: 'recommendation', minLabel: t('no'), maxLabel: t('yes') });
  assert.deepEqual(check(nps, { q: 0 }).clean, { q: 0 });
  assert.deepEqual(check(nps, { q: 'cant_say' }).errors, [['#/answers/q', 'surveys.answer.range', { min: 0, max: 10 }]]);
  const matrix = q({ type: 'matrix', rows: [{ id: 'r1', text: t('r1') }, { id: 'r2', text: t('r2') }], columns: [{ value: 1, text: t('1') }, { value: 2, text: t('2') }] });
  assert.deepEqual(check(matrix, { q: { r1: 2, r2: 1 } }), { errors: [], clean: { q: { r1: 2, r2: 1 } } });
  assert.deepEqual(check(matrix, { q: { r1: 2 } }, true).errors, [['#/answers/q/r2', 'surveys.answer.rowRequired', {}]]);
  assert.deepEqual(check(matrix, { q: { r1: 2 } }).clean, { q: { r1: 2 } }, 'an optional matrix may be answered in part');
  assert.deepEqual(check(matrix, { q: { r1: 3, r9: 1 } }).errors, [
    ['#/answers/q/r9', 'surveys.answer.unknownRow', { row: 'r9' }],
    ['#/answers/q/r1', 'surveys.answer.choice', {}],
  ]);
  assert.deepEqual(check(matrix, { q: { r1: 'cant_say' } }).errors, [['#/answers/q/r1', 'surveys.answer.choice', {}]], 'no "can’t say" unless offered');
});

test('yes/no, number, texts and ranking', () => {
  assert.deepEqual(check(q({ type: 'yes_no' }), { q: false }).clean, { q: false });
  assert.deepEqual(check(q({ type: 'yes_no' }), { q: 'yes' }).errors, [['#/answers/q', 'surveys.answer.invalid', {}]]);
  const number = q({ type: 'number', min: 0, max: 110, integer: true });
  assert.deepEqual(check(number, { q: 31 }).clean, { q: 31 });
  assert.deepEqual(check(number, { q: 3.5 }).errors, [['#/answers/q', 'surveys.answer.integer', {}]]);
  assert.deepEqual(check(number, { q: -1 }).errors, [['#/answers/q', 'surveys.answer.tooSmall', { min: 0 }]]);
  assert.deepEqual(check(number, { q: 111 }).errors, [['#/answers/q', 'surveys.answer.tooLarge', { max: 110 }]]);
  assert.deepEqual(check(number, { q: '31' }).errors, [['#/answers/q', 'surveys.answer.number', {}]]);
  assert.deepEqual(check(q({ type: 'short_text', maxLength: 5 }), { q: 'a\nb' }).errors, [['#/answers/q', 'surveys.answer.singleLine', {}]]);
  assert.deepEqual(check(q({ type: 'short_text', maxLength: 5 }), { q: '123456' }).errors, [['#/answers/q', 'surveys.answer.tooLong', { max: 5 }]]);
  assert.deepEqual(check(q({ type: 'long_text' }), { q: ' a\nb ' }).clean, { q: 'a\nb' });
  const ranking = q({ type: 'ranking', options: options('a', 'b', 'c', 'd'), rankCount: 2 });
  assert.deepEqual(check(ranking, { q: ['c', 'a'] }).clean, { q: ['c', 'a'] });
  assert.deepEqual(check(ranking, { q: ['c'] }).errors, [['#/answers/q', 'surveys.answer.rankCount', { count: 2 }]]);
  assert.deepEqual(check(ranking, { q: ['c', 'c'] }).errors, [['#/answers/q', 'surveys.answer.choice', {}]]);
  const all = q({ type: 'ranking', options: options('a', 'b', 'c') });
  assert.deepEqual(check(all, { q: ['b', 'a'] }).errors, [['#/answers/q', 'surveys.answer.rankCount', { count: 3 }]]);
});
