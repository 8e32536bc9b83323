import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { PublicFeedbackQuerySchema, responseTimeOf, responseTimeParts } from './feedback-public.schema.js';

test('response time: seconds from creation to first response; null while unanswered; never negative', () => {
  assert.deepEqual(responseTimeOf('2025-05-02T13:45:00.000Z', '2025-05-06T11:30:00.000Z'), {
    firstResponseAt: '2025-05-06T11:30:00.000Z',
    seconds: 3 * 86400 + 21 * 3600 + 45 * 60,
  });
  assert.equal(responseTimeOf('2025-05-02T13:45:00.000Z', null), null);
  assert.equal(responseTimeOf('2025-05-02T13:45:00.000Z', '2025-05-02T13:44:00.000Z')?.seconds, 0);
});

test('response time in words: minutes, hours under two days, then days', () => {
  assert.deepEqual(responseTimeParts(20), { unit: 'minutes', count: 1 });
  assert.deepEqual(responseTimeParts(45 * 60), { unit: 'minutes', count: 45 });
  assert.deepEqual(responseTimeParts(26 * 3600), { unit: 'hours', count: 26 });
  assert.deepEqual(responseTimeParts(3 * 86400 + 21 * 3600), { unit: 'days', count: 4 });
});

test('list query: empty parameters are absent, bbox parsed, bad values refused', () => {
  assert.deepEqual(v.parse(PublicFeedbackQuerySchema, { category: '', status: '', bbox: '', page: '2' }), { category: '', status: '', bbox: null, page: 2 });
  assert.deepEqual(v.parse(PublicFeedbackQuerySchema, { bbox: '25.9,61.1,26.2,61.3', status: 'open' }).bbox, [25.9, 61.1, 26.2, 61.3]);
  for (const bad of [{ page: '0' }, { page: 'x' }, { status: 'lost' }, { bbox: '1,2' }, { pageSize: '101' }]) {
    assert.ok(!v.safeParse(PublicFeedbackQuerySchema, bad).success, JSON.stringify(bad));
  }
});
