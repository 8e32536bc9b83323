import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { activeNotices } from './feedback-attributes.logic.js';
import { blockingNotice, blockingPointer, validateAttributeAnswers } from './feedback-attributes.validate.js';
import type { CategoryAttribute, CategoryNotice } from './feedback-attributes.schema.js';
import { FeedbackSubmissionSchema } from './feedback-submission.schema.js';

const t = (fi: string) => ({ fi, sv: fi, en: fi });
const attr = (code: string, datatype: CategoryAttribute['datatype'], extra: Partial<CategoryAttribute> = {}): CategoryAttribute => ({
  code,
  datatype,
  variable: true,
  required: false,
  order: 0,
  description: t(code),
  values: [],
  ...extra,
});
const danger = attr('danger', 'singlevaluelist', { required: true, order: 1, values: [{ key: 'yes', name: t('Kyllä') }, { key: 'no', name: t('Ei') }] });
const equipment = attr('equipment', 'multivaluelist', { order: 2, values: ['swing', 'slide', 'bench'].map((key) => ({ key, name: t(key) })) });
const defs = [danger, equipment, attr('count', 'number', { order: 3 }), attr('when', 'datetime', { order: 4 }), attr('plate', 'string', { order: 5 }), attr('more', 'text', { order: 6 }), attr('info', 'text', { variable: false })];

const errorsOf = (answers: Record<string, string | string[]>) => {
  const result = validateAttributeAnswers(defs, answers);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.pointer, e.code]));
};

test('valid answers of every datatype pass, cleaned (trimmed, decimal comma, list in definition order)', () => {
  const result = validateAttributeAnswers(defs, {
    danger: 'no',
    equipment: ['bench', 'swing'],
    count: ' 3,5 ',
    when: '2025-05-12T09:30:00+03:00',
    plate: ' ABC-123 ',
    more: 'Pitkä\nteksti',
  });
  assert.deepEqual(result, {
    ok: true,
    answers: { danger: 'no', equipment: ['swing', 'bench'], count: '3.5', when: '2025-05-12T09:30:00+03:00', plate: 'ABC-123', more: 'Pitkä\nteksti' },
  });
});

test('a required answer missing or blank points at #/attributes/<code>', () => {
  assert.deepEqual(errorsOf({}), { '#/attributes/danger': 'feedback.attribute.required' });
  assert.deepEqual(errorsOf({ danger: '  ' }), { '#/attributes/danger': 'feedback.attribute.required' });
});

test('optional blank answers are dropped, not stored', () => {
  const result = validateAttributeAnswers(defs, { danger: 'yes', plate: '', equipment: [] });
  assert.deepEqual(result, { ok: true, answers: { danger: 'yes' } });
});

test('each datatype refuses what it cannot hold', () => {
  assert.deepEqual(errorsOf({ danger: 'maybe', equipment: ['swing', 'rocket'], count: 'kolme', when: '12.5.2025', plate: 'a\nb', more: 'x'.repeat(2001) }), {
    '#/attributes/danger': 'feedback.attribute.choice',
    '#/attributes/equipment': 'feedback.attribute.choice',
    '#/attributes/count': 'feedback.attribute.number',
    '#/attributes/when': 'feedback.attribute.datetime',
    '#/attributes/plate': 'feedback.attribute.tooLong',
    '#/attributes/more': 'feedback.attribute.tooLong',
  });
  assert.deepEqual(errorsOf({ danger: ['yes'] }), { '#/attributes/danger': 'common.invalid' });
  assert.deepEqual(errorsOf({ danger: 'yes', equipment: ['swing', 'swing'] }), { '#/attributes/equipment': 'feedback.attribute.choice' });
  assert.deepEqual(errorsOf({ danger: 'yes', when: '2025-13-45T25:61:00Z' }), { '#/attributes/when': 'feedback.attribute.datetime' });
});

test('answers to unknown or informational (variable=false) attributes are refused', () => {
  assert.deepEqual(errorsOf({ danger: 'no', colour: 'red', info: 'x' }), {
    '#/attributes/colour': 'feedback.attribute.unknown',
    '#/attributes/info': 'feedback.attribute.unknown',
  });
});

const notices: CategoryNotice[] = [
  { id: 'always', text: t('Kiireellisissä asioissa soita'), blocking: false, when: null },
  { id: '112', text: t('Hätätilanteessa soita 112'), blocking: true, when: { attribute: 'danger', values: ['yes'] } },
];

test('notices: unconditional always, conditional when the answer matches; the blocking one is found', () => {
  assert.deepEqual(activeNotices(notices, {}).map((n) => n.id), ['always']);
  assert.deepEqual(activeNotices(notices, { danger: 'yes' }).map((n) => n.id), ['always', '112']);
  assert.equal(blockingNotice(notices, { danger: 'no' }), null);
  assert.equal(blockingNotice(notices, { danger: 'yes' })?.id, '112');
  assert.equal(blockingNotice(notices, { equipment: ['yes'] }), null);
  assert.equal(blockingPointer(notices[1]!), '#/attributes/danger');
  assert.equal(blockingPointer({ ...notices[1]!, when: null }), '#/category');
});

test('the submission schema takes answers, a pin and photo ids', () => {
  const ok = v.safeParse(FeedbackSubmissionSchema, {
    category: 'streets',
    message: 'Kuoppa tiessä',
    location: { lat: 61.2, lon: 26.03 },
    attributes: { danger: 'no', equipment: ['swing'] },
    photos: ['3f2b8c1e-5d7a-4b9e-8c2d-1a2b3c4d5e6f'],
  });
  assert.ok(ok.success);
});
