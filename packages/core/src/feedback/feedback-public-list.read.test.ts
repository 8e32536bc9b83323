import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { listPublicFeedback, type PublicListFilter } from './feedback-public-list.api.js';
import {
  FeedbackCategoryNamesSchema,
  formatListedTime,
  LISTED_STATUSES,
  parseListedArea,
  PublicFeedbackListReadSchema,
  readFeedbackCategoryNames,
  readPublicFeedback,
} from './feedback-public-list.read.js';
import { FEEDBACK_STATUSES } from './feedback-statuses.js';
import { formatDateTime } from '../i18n/dates.js';
import { parseBoundingBox } from '../geo/geo.logic.js';
import { PublicFeedbackListSchema } from './feedback-public.schema.js';
import { FeedbackCategoryListSchema } from './feedback.schema.js';
import { generateTrackingCode } from './tracking-code.js';

// The public list reads what it draws (docs/adr/0103): a whole answer of the server passes, its
// drawn fields kept as they are; a drawn field of the wrong kind is refused; it asks what the
// core client asks.
const names = (id: string) => ({ fi: `${id} fi`, sv: `${id} sv`, en: `${id} en` });
const item = (status: string, extra: object = {}) => ({
  trackingCode: generateTrackingCode(),
  category: { id: 'parks', name: names('parks') },
  status,
  message: 'Penkki rikki',
  address: null,
  point: { lat: 61.2, lon: 26.03 },
  createdAt: '2025-05-02T10:45:00.000Z',
  updatedAt: '2025-05-06T08:30:00.000Z',
  reply: { text: 'Kiitos ilmoituksesta', repliedAt: '2025-05-06T08:30:00.000Z' },
  responseTime: { firstResponseSeconds: 337_500, closeSeconds: null, firstResponseWorkingDays: 2, targetWorkingDays: 5, withinTarget: true },
  followers: 3,
  photos: ['/api/v1/feedback/photos/0f8c1e1a-8f7e-4a52-9d0e-2b7c6c1d9a10'],
  ...extra,
});
const whole = { items: [item('in_handling'), item('received', { reply: null, point: null, address: 'Kauppakatu 1' })], page: 1, pageSize: 20, total: 2, next: null };

test('a whole answer of the server passes the read schema, every drawn field as it was', () => {
  assert.ok(v.is(PublicFeedbackListSchema, whole));
  const read = v.parse(PublicFeedbackListReadSchema, whole);
  assert.equal(read.total, 2);
  for (const [index, drawn] of read.items.entries()) {
    const sent: (typeof whole.items)[number] = whole.items[index]!;
    for (const key of ['trackingCode', 'category', 'status', 'message', 'address', 'point', 'createdAt', 'reply', 'responseTime', 'photos'] as const) {
      assert.deepEqual(drawn[key], sent[key], key);
    }
  }
});

test('a drawn field of the wrong kind, or an unknown status, is refused; what it does not draw is not checked', () => {
  const first = whole.items[0]!;
  assert.equal(v.is(PublicFeedbackListReadSchema, { ...whole, total: '2' }), false);
  assert.equal(v.is(PublicFeedbackListReadSchema, { ...whole, items: [{ ...first, status: 'lost' }] }), false);
  assert.equal(v.is(PublicFeedbackListReadSchema, { ...whole, items: [{ ...first, category: { id: 'parks' } }] }), false);
  assert.equal(v.is(PublicFeedbackListReadSchema, { ...whole, items: [{ ...first, photos: [1] }] }), false);
  assert.equal(v.is(PublicFeedbackListReadSchema, { ...whole, items: [{ ...first, responseTime: { ...first.responseTime, targetWorkingDays: null } }] }), false);
  // The check digit, the instant's form, the followers: the server's schema holds them.
  assert.equal(v.is(PublicFeedbackListReadSchema, { ...whole, items: [{ ...first, trackingCode: 'ABCD', updatedAt: 'later', followers: 'many' }] }), true);
});

test('it asks the path and query the core client asks, for every filter', async () => {
  const asked: string[] = [];
  const http = {
    request: async (path: string, schema: v.GenericSchema, options: { searchParams?: Record<string, string> }) => {
      asked.push(`${path}?${new URLSearchParams(options.searchParams).toString()}`);
      return v.parse(schema, whole);
    },
    blob: () => Promise.reject(new Error('not read here')),
  } as unknown as HttpClient;
  const filters: PublicListFilter[] = [
    {},
    { category: 'parks', status: 'open', page: 2, pageSize: 5 },
    { status: 'done', bbox: [26.03, 61.2, 26.035, 61.205], page: 1 },
    { cursor: 'abc_-1', pageSize: 100 },
  ];
  for (const filter of filters) {
    await listPublicFeedback(http, filter);
    await readPublicFeedback(http, filter);
    const [core, list] = asked.splice(0);
    assert.equal(list, core, JSON.stringify(filter));
  }
  assert.ok((await readPublicFeedback(http, { category: 'parks' })).items.length === 2);
});

test('the topics are read with their ids and names only', async () => {
  const categories = { items: [{ id: 'parks', name: names('parks'), description: names('about parks'), attributes: [], notices: [] }] };
  assert.ok(v.is(FeedbackCategoryListSchema, categories));
  const http = { request: async (_path: string, schema: v.GenericSchema) => v.parse(schema, categories) } as unknown as HttpClient;
  const read = await readFeedbackCategoryNames(http);
  assert.deepEqual(read.map((c) => [c.id, c.name]), [['parks', names('parks')]]);
  assert.equal(v.is(FeedbackCategoryNamesSchema, { items: [{ id: 'parks', name: { fi: 'Puistot' } }] }), false);
});

// The build copies these into the list (docs/adr/0101): they are core's own, under the list's names.
test('the list formats its times, parses its area and filters by the statuses as core does', () => {
  assert.equal(formatListedTime, formatDateTime);
  assert.equal(parseListedArea, parseBoundingBox);
  assert.deepEqual(LISTED_STATUSES, FEEDBACK_STATUSES);
  assert.equal(formatListedTime('2025-05-02T10:45:00.000Z', 'fi'), '2.5.2025 klo 13.45');
  assert.equal(formatListedTime('2025-12-02T10:45:00.000Z', 'sv'), '2.12.2025 kl. 12.45');
  assert.deepEqual(parseListedArea('25.9,61.1,26.2,61.3'), [25.9, 61.1, 26.2, 61.3]);
  assert.equal(parseListedArea('61.1,25.9'), null);
});
