import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FeedbackStatsSchema, SIGNALS_PATHS } from '@kohtaamo/core';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { childEnv } from '../testing/spawn-main.js';
import { startTestServer } from '../testing/test-server.js';
import { enqueueReplyNotification } from './handling/reply-mail.js';
import { anonymiseExpired } from './feedback.retention.js';
import { insertReport, seedSignalsFixtures } from './stats/stats.test-data.js';
import { createFeedbackModule } from './feedback.module.js';

let database: TestDatabase;
const NOW = new Date('2026-03-20T10:00:00.000Z');
let oldId = '';
let recentId = '';

before(async () => {
  database = await createTestDatabase();
  const db = database.handle.db;
  await seedSignalsFixtures(db);
  // Received 731 days before NOW (retention 730 days): expired. Answered within a day.
  oldId = (
    await insertReport(db, {
      category: 'streets',
      createdAt: '2024-03-19T08:00:00.000Z',
      firstResponseAt: '2024-03-19T12:00:00.000Z',
      closedAt: '2024-03-20T08:00:00.000Z',
      replyText: 'Korjattu.',
    })
  ).id;
  recentId = (await insertReport(db, { category: 'streets', createdAt: '2025-03-21T08:00:00.000Z', replyText: 'Korjattu.', firstResponseAt: '2025-03-21T09:00:00.000Z' })).id;
  await db.updateTable('feedback').set({ lat: 61.2, lon: 26.03, attributes: '{"pole":"12"}', visibility: 'published', public_message: 'Katuvalo ei toimi.' }).execute();
  for (const id of [oldId, recentId]) {
    await db.insertInto('feedback_photos').values({ id: `p-${id}`, feedback_id: id, content_type: 'image/png', byte_size: 3, data: Buffer.from('AAAA', 'base64'), sort_order: 0, hidden: 0, created_at: '2024-03-19T08:00:00.000Z' }).execute();
    await db.insertInto('feedback_followers').values({ id: `f-${id}`, feedback_id: id, email: 'naapuri@example.fi', created_at: '2024-03-20T08:00:00.000Z' }).execute();
    await db.insertInto('feedback_notes').values({ id: `n-${id}`, feedback_id: id, author_id: null, text: 'Soitin asukkaalle Matti Meikäläiselle.', created_at: '2024-03-20T08:00:00.000Z' }).execute();
    await db.insertInto('feedback_history').values({ id: `h-${id}`, feedback_id: id, status: 'done', at: '2024-03-20T08:00:00.000Z', actor_id: null, actor_name: null, public_reply: 'Korjattu.' }).execute();
    await enqueueReplyNotification(db, id, { now: NOW });
  }
  // A photo uploaded long ago and never sent with a feedback.
  await db.insertInto('feedback_photos').values({ id: 'p-orphan', feedback_id: null, content_type: 'image/png', byte_size: 3, data: Buffer.from('AAAA', 'base64'), sort_order: 0, hidden: 0, created_at: '2024-01-01T08:00:00.000Z' }).execute();
});

after(async () => {
  await database?.cleanup();
});

describe(`retention: anonymising old feedback (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('clears contact details and the resident’s own text, keeps what the figures need, once', async () => {
    const db = database.handle.db;
    const statsBefore = await startTestServer({ db: database.handle, config: { origins: [] }, modules: [createFeedbackModule({ clock: () => NOW })] });
    const url = statsBefore.at(`${SIGNALS_PATHS.feedbackStats}?from=2024-03-01&to=2024-03-31`);
    const before = v.parse(FeedbackStatsSchema, await (await fetch(url)).json());

    assert.deepEqual(await anonymiseExpired(db, { retentionDays: 730, now: NOW }), { anonymised: 1, cutoff: '2024-03-20T10:00:00.000Z' });
    const old = await db.selectFrom('feedback').selectAll().where('id', '=', oldId).executeTakeFirstOrThrow();
    assert.equal(old.message, '');
    assert.deepEqual(
      [old.contact_name, old.contact_email, old.contact_phone, old.contact_consent, old.address, old.lat, old.lon, old.attributes],
      [null, null, null, 0, null, null, null, null],
    );
    assert.equal(old.anonymised_at, NOW.toISOString());
    // Kept: what the response-time figures and the public record need.
    assert.deepEqual(
      [old.category_id, old.unit_id, old.status, old.created_at, old.first_response_at, old.closed_at, old.reply_text, old.public_message],
      ['streets', 'u-streets', 'done', '2024-03-19T08:00:00.000Z', '2024-03-19T12:00:00.000Z', '2024-03-20T08:00:00.000Z', 'Korjattu.', 'Katuvalo ei toimi.'],
    );
    assert.equal((await db.selectFrom('feedback_photos').select('id').where('feedback_id', '=', oldId).execute()).length, 0);
    assert.equal((await db.selectFrom('feedback_photos').select('id').where('id', '=', 'p-orphan').execute()).length, 0);
    assert.equal((await db.selectFrom('feedback_followers').select('email').where('feedback_id', '=', oldId).executeTakeFirstOrThrow()).email, null);
    assert.equal((await db.selectFrom('feedback_notes').select('text').where('feedback_id', '=', oldId).executeTakeFirstOrThrow()).text, '');
    assert.equal((await db.selectFrom('email_outbox').select('id').where('subject_id', '=', oldId).execute()).length, 0);

    // The recent one is untouched.
    const recent = await db.selectFrom('feedback').selectAll().where('id', '=', recentId).executeTakeFirstOrThrow();
    assert.equal(recent.contact_email, 'asukas@example.fi');
    assert.equal(recent.anonymised_at, null);
    // The resident's reply mail and the follower's update stay queued.
    assert.deepEqual((await db.selectFrom('email_outbox').select('to_address').where('subject_id', '=', recentId).orderBy('to_address').execute()).map((r) => r.to_address), ['asukas@example.fi', 'naapuri@example.fi']);

    // The figures are the same after.
    const afterStats = v.parse(FeedbackStatsSchema, await (await fetch(url)).json());
    assert.deepEqual(afterStats.overall, before.overall);
    await statsBefore.close();

    // Idempotent: a second run finds nothing; an anonymised report gets no mail.
    assert.equal((await anonymiseExpired(db, { retentionDays: 730, now: NOW })).anonymised, 0);
    assert.equal(await enqueueReplyNotification(db, oldId, { now: NOW }), false);
  });

  test('the command line entry anonymises with --days and says how many', async () => {
    const cli = fileURLToPath(new URL('../platform/retention/retention.cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, '--days', '300'], {
      env: childEnv(database.config),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const [code] = (await once(child, 'exit')) as [number];
    assert.equal(code, 0, stderr);
    // The 2025-03-21 report is more than 300 days old (today is after 2026-01-15).
    assert.match(stdout, /^feedback: anonymised 1 item\(s\)\.$/m);
    const recent = await database.handle.db.selectFrom('feedback').select(['contact_email', 'anonymised_at']).where('id', '=', recentId).executeTakeFirstOrThrow();
    assert.equal(recent.contact_email, null);
    assert.ok(recent.anonymised_at);
    const bad = await runMainToExitWith(cli, ['--days', 'x']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--days must be a whole number/);
  });
});

async function runMainToExitWith(entry: string, args: string[]) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry, ...args], { env: childEnv(database.config), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stderr };
}
