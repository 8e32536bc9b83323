import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { computeFeedbackStats, FeedbackStatsSchema, normalizeTrackingCode } from '@kohtaamo/core';
import { seedCategories } from '../feedback.seed.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { seedResponseHistory } from './response-history.seed.js';

let database: TestDatabase;
const NOW = new Date('2026-11-27T12:00:00.000Z');

before(async () => {
  database = await createTestDatabase();
  await seedCategories(database.handle.db);
});
after(async () => {
  await database?.cleanup();
});

describe(`demo response history (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('12 weeks of anonymous, hidden reports with a consistent history; seeded once', async () => {
    const db = database.handle.db;
    const added = await seedResponseHistory(db, { now: NOW });
    assert.ok(added >= 150 && added <= 300, `${added} reports`);
    assert.equal(await seedResponseHistory(db, { now: NOW }), 0);
    const rows = await db.selectFrom('feedback').selectAll().execute();
    assert.equal(rows.length, added);
    for (const r of rows) {
      assert.equal(normalizeTrackingCode(r.tracking_code), r.tracking_code);
      assert.equal(r.contact_email, null);
      assert.equal(r.visibility, 'hidden');
      assert.ok(r.unit_id);
      if (r.first_response_at) assert.ok(r.first_response_at > r.created_at && r.first_response_at <= NOW.toISOString());
      if (r.closed_at) assert.ok(r.first_response_at && r.closed_at > r.first_response_at && r.status === 'done');
    }
    const history = await db.selectFrom('feedback_history').select(['feedback_id', 'status']).execute();
    assert.equal(history.filter((h) => h.status === 'received').length, added, 'one received row per report');
    // The figures have something to show: answered, closed, open, late and on time.
    const stats = computeFeedbackStats({
      reports: rows.map((r) => ({ categoryId: r.category_id, unitId: r.unit_id, createdAt: r.created_at, firstResponseAt: r.first_response_at, closedAt: r.closed_at })),
      from: '2026-08-31',
      to: '2026-11-27',
      now: NOW,
      targetWorkingDays: 5,
      categories: new Map(),
      units: new Map(),
    });
    assert.ok(v.is(FeedbackStatsSchema, stats));
    assert.ok(stats.overall.firstResponse.count > 100);
    assert.ok(stats.overall.close.count > 80);
    assert.ok(stats.backlog.open > 5);
    assert.ok(stats.overall.withinTarget.met > 0 && stats.overall.withinTarget.missed > 0);
    assert.ok(stats.byCategory.length >= 6);
    assert.ok(stats.weeks.every((w) => w.received > 0));
  });
});
