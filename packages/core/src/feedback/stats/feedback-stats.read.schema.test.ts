import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import type { HttpClient } from '../../http/http.js';
import { createSignalsApi, SIGNALS_PATHS } from './feedback-stats.api.js';
import { FeedbackStatsSchema } from './feedback-stats.schema.js';
import { FeedbackStatsReadSchema } from './feedback-stats.read.schema.js';
import { computeFeedbackStats } from './response-times.logic.js';

// The stats widget reads what it draws (docs/adr/0097): a whole answer of the server passes, its
// drawn figures kept as they are; a drawn figure of the wrong kind is refused.
const names = (id: string) => ({ fi: `${id} fi`, sv: `${id} sv`, en: `${id} en` });
const whole = computeFeedbackStats({
  reports: [
    { categoryId: 'streets', unitId: 'u1', createdAt: '2026-03-02T08:00:00.000Z', firstResponseAt: '2026-03-02T10:00:00.000Z', closedAt: '2026-03-03T08:00:00.000Z' },
    { categoryId: 'parks', unitId: 'u2', createdAt: '2026-03-10T08:00:00.000Z', firstResponseAt: null, closedAt: null },
  ],
  from: '2026-03-02',
  to: '2026-03-15',
  now: new Date('2026-03-20T10:00:00.000Z'),
  targetWorkingDays: 5,
  categories: new Map([['streets', names('streets')], ['parks', names('parks')]]),
  units: new Map([['u1', names('u1')], ['u2', names('u2')]]),
});

test('a whole answer of the server passes the read schema, every drawn figure as it was', () => {
  assert.ok(v.is(FeedbackStatsSchema, whole));
  const read = v.parse(FeedbackStatsReadSchema, whole);
  assert.deepEqual(read.period, { from: '2026-03-02', to: '2026-03-15' });
  assert.deepEqual(read.overall, whole.overall);
  assert.deepEqual(read.byCategory, whole.byCategory);
  assert.deepEqual(read.byUnit, whole.byUnit);
  assert.deepEqual(read.weeks, whole.weeks);
  assert.deepEqual(read.backlog.buckets, whole.backlog.buckets);
  assert.equal(read.targetWorkingDays, 5);
});

test('a drawn figure that is not a number, or a missing name, is refused', () => {
  assert.equal(v.is(FeedbackStatsReadSchema, { ...whole, overall: { ...whole.overall, received: '5' } }), false);
  assert.equal(v.is(FeedbackStatsReadSchema, { ...whole, weeks: [{ week: '2026-W10', received: 1 }] }), false);
  assert.equal(v.is(FeedbackStatsReadSchema, { ...whole, byCategory: [{ ...whole.byCategory[0], name: undefined }] }), false);
  // What it does not draw is not checked: the generation instant, the method.
  assert.equal(v.is(FeedbackStatsReadSchema, { ...whole, generatedAt: 'later', percentileMethod: 'other' }), true);
});

test('the signals API reads the figures with the read schema, at the path the server serves', async () => {
  const paths: string[] = [];
  const http: HttpClient = {
    request: async (path, schema) => {
      paths.push(path);
      return v.parse(schema, { ...whole, generatedAt: 'not checked' });
    },
    blob: () => Promise.reject(new Error('not read here')),
  } as HttpClient;
  const read = await createSignalsApi(http).feedbackStats({ from: '2026-03-02', to: '2026-03-15' });
  assert.equal(paths[0], SIGNALS_PATHS.feedbackStats);
  assert.equal(read.overall.received, whole.overall.received);
});
