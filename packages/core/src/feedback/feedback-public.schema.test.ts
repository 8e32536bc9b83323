import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { PublicFeedbackQuerySchema } from './feedback-public.schema.js';

test('list query: empty parameters are absent, bbox parsed, bad values refused', () => {
  assert.deepEqual(v.parse(PublicFeedbackQuerySchema, { category: '', status: '', bbox: '', page: '2' }), { category: '', status: '', bbox: null, page: 2 });
  assert.deepEqual(v.parse(PublicFeedbackQuerySchema, { bbox: '25.9,61.1,26.2,61.3', status: 'open' }).bbox, [25.9, 61.1, 26.2, 61.3]);
  for (const bad of [{ page: '0' }, { page: 'x' }, { status: 'lost' }, { bbox: '1,2' }, { pageSize: '101' }]) {
    assert.ok(!v.safeParse(PublicFeedbackQuerySchema, bad).success, JSON.stringify(bad));
  }
});
