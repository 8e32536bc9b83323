import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { FeedbackStatsQuerySchema, FeedbackStatsSchema } from './feedback-stats.schema.js';
import { computeFeedbackStats, defaultPeriod, reportResponseTime, type ReportTimes } from './response-times.logic.js';

const r = (
  categoryId: string,
  unitId: string | null,
  createdAt: string,
  firstResponseAt: string | null,
  closedAt: string | null,
): ReportTimes => ({ categoryId, unitId, createdAt, firstResponseAt, closedAt });

// Period Mon 2.3.2026 – Sun 15.3.2026 (ISO weeks 10 and 11), now Fri 20.3.2026 12:00 Helsinki.
const A = r('streets', 'u1', '2026-03-02T08:00:00.000Z', '2026-03-02T10:00:00.000Z', '2026-03-03T08:00:00.000Z');
const B = r('streets', 'u1', '2026-03-03T08:00:00.000Z', '2026-03-04T08:00:00.000Z', '2026-03-06T08:00:00.000Z');
const C = r('streets', 'u1', '2026-03-04T08:00:00.000Z', '2026-03-13T08:00:00.000Z', null);
const D = r('parks', 'u2', '2026-03-10T08:00:00.000Z', null, null);
const E = r('parks', 'u2', '2026-03-13T08:00:00.000Z', null, null);
const F = r('parks', 'u2', '2026-03-16T08:00:00.000Z', null, null); // after the period
const G = r('streets', 'u1', '2026-02-20T08:00:00.000Z', '2026-02-21T08:00:00.000Z', null); // before, still open
const H = r('streets', 'u1', '2026-02-01T08:00:00.000Z', '2026-02-02T08:00:00.000Z', '2026-03-10T08:00:00.000Z');

const names = (id: string) => ({ fi: `${id} fi`, sv: `${id} sv`, en: `${id} en` });
const input = {
  reports: [A, B, C, D, E, F, G, H],
  from: '2026-03-02',
  to: '2026-03-15',
  now: new Date('2026-03-20T10:00:00.000Z'),
  targetWorkingDays: 5,
  categories: new Map([['streets', names('streets')], ['parks', names('parks')]]),
  units: new Map([['u1', names('u1')], ['u2', names('u2')]]),
};

test('figures of a period match the hand-computed ones, open reports counted and not dropped', () => {
  const stats = computeFeedbackStats(input);
  assert.ok(v.is(FeedbackStatsSchema, stats), 'the answer fits its schema');
  assert.equal(stats.percentileMethod, 'hyndman-fan-7');
  assert.equal(stats.overall.received, 5); // A–E
  // First responses 7200, 86400, 777600 s; D and E not answered.
  assert.deepEqual(stats.overall.firstResponse, { count: 3, open: 2, medianSeconds: 86_400, p90Seconds: 639_360 });
  // Closings 86400, 259200 s; C, D, E open. p90: h = 1.9 → 86400 + 0.9·172800.
  assert.deepEqual(stats.overall.close, { count: 2, open: 3, medianSeconds: 172_800, p90Seconds: 241_920 });
  // A, B within 5 working days; C answered on the 7th (missed); D past its deadline 17.3 (missed);
  // E's deadline is 20.3 = today (pending).
  assert.deepEqual(stats.overall.withinTarget, { met: 2, missed: 2, pending: 1, share: 0.5 });
});

test('figures per category and per unit, most reports first, with names', () => {
  const stats = computeFeedbackStats(input);
  assert.deepEqual(stats.byCategory.map((g) => [g.id, g.received, g.name.sv]), [['streets', 3, 'streets sv'], ['parks', 2, 'parks sv']]);
  assert.deepEqual(stats.byUnit.map((g) => [g.id, g.received]), [['u1', 3], ['u2', 2]]);
  const parks = stats.byCategory[1]!;
  assert.deepEqual(parks.firstResponse, { count: 0, open: 2, medianSeconds: null, p90Seconds: null });
  assert.deepEqual(parks.withinTarget, { met: 0, missed: 1, pending: 1, share: 0 });
});

test('backlog at the end of the period: open reports, their ages in days and the age groups', () => {
  const { backlog } = computeFeedbackStats(input);
  // At 16.3 00:00 Helsinki: C (12 d), D (6 d), E (3 d), G (24 d) open; A, B, H closed; F not yet received.
  assert.equal(backlog.asOf, '2026-03-15T22:00:00.000Z');
  assert.equal(backlog.open, 4);
  assert.equal(backlog.medianAgeDays, 9);
  assert.equal(backlog.oldestAgeDays, 24);
  assert.deepEqual(backlog.buckets.map((b) => b.count), [0, 2, 1, 1, 0]);
});

test('volume per ISO week: received and closed in the period', () => {
  const { weeks } = computeFeedbackStats(input);
  assert.deepEqual(weeks, [
    { week: '2026-W10', start: '2026-03-02', received: 3, closed: 2 },
    { week: '2026-W11', start: '2026-03-09', received: 2, closed: 1 }, // H closed 10.3
  ]);
});

test('filters by category and unit', () => {
  const parks = computeFeedbackStats({ ...input, filters: { category: 'parks' } });
  assert.equal(parks.overall.received, 2);
  assert.equal(parks.backlog.open, 2);
  assert.deepEqual(parks.filters, { category: 'parks', unit: null });
  const u1 = computeFeedbackStats({ ...input, filters: { unit: 'u1' } });
  assert.equal(u1.overall.received, 3);
  assert.deepEqual(u1.weeks.map((w) => w.received), [3, 0]);
});

test('a report closed without an earlier response was first answered when it was closed', () => {
  const closedOnly = r('streets', null, '2026-03-02T08:00:00.000Z', null, '2026-03-02T09:00:00.000Z');
  const stats = computeFeedbackStats({ ...input, reports: [closedOnly] });
  assert.deepEqual(stats.overall.firstResponse, { count: 1, open: 0, medianSeconds: 3600, p90Seconds: 3600 });
  assert.deepEqual(stats.byUnit, []);
});

test('an empty period has zero counts and no durations', () => {
  const stats = computeFeedbackStats({ ...input, reports: [] });
  assert.deepEqual(stats.overall, {
    received: 0,
    firstResponse: { count: 0, open: 0, medianSeconds: null, p90Seconds: null },
    close: { count: 0, open: 0, medianSeconds: null, p90Seconds: null },
    withinTarget: { met: 0, missed: 0, pending: 0, share: null },
  });
});

test('one report\'s response time: seconds, working days and the target', () => {
  const now = input.now;
  assert.deepEqual(reportResponseTime(C, 5, now), {
    firstResponseSeconds: 777_600,
    closeSeconds: null,
    firstResponseWorkingDays: 7,
    targetWorkingDays: 5,
    withinTarget: false,
  });
  assert.deepEqual(reportResponseTime(A, 5, now), {
    firstResponseSeconds: 7200,
    closeSeconds: 86_400,
    firstResponseWorkingDays: 0,
    targetWorkingDays: 5,
    withinTarget: true,
  });
  assert.equal(reportResponseTime(E, 5, now).withinTarget, null);
  assert.equal(reportResponseTime(D, 5, now).withinTarget, false);
});

test('the default period is the 12 ISO weeks up to today', () => {
  assert.deepEqual(defaultPeriod(new Date('2026-11-28T10:00:00Z')), { from: '2026-09-07', to: '2026-11-28' });
});

test('the stats query: empty means absent, dates checked, order and length checked', () => {
  assert.deepEqual(v.parse(FeedbackStatsQuerySchema, { from: '', to: '', category: '', unit: '' }), {
    from: undefined,
    to: undefined,
    category: undefined,
    unit: undefined,
  });
  const bad = v.safeParse(FeedbackStatsQuerySchema, { from: '2026-13-01' });
  assert.equal(bad.success, false);
  assert.equal(bad.issues?.[0]?.message, 'signals.date.invalid');
  const order = v.safeParse(FeedbackStatsQuerySchema, { from: '2026-03-02', to: '2026-03-01' });
  assert.equal(order.issues?.[0]?.message, 'signals.period.order');
  const long = v.safeParse(FeedbackStatsQuerySchema, { from: '2024-01-01', to: '2026-01-01' });
  assert.equal(long.issues?.[0]?.message, 'signals.period.tooLong');
  assert.equal(v.safeParse(FeedbackStatsQuerySchema, { from: '2024-01-01', to: '2025-12-31' }).success, true);
});
