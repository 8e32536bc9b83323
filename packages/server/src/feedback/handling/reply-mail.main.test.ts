import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { childEnv, spawnMain, type SpawnedMain } from '../../testing/spawn-main.js';
import { enqueueReplyNotification } from './reply-mail.js';
import { startInbox, type Inbox } from '../../platform/mail/mail-message.test-helper.js';
import { insertReport, seedSignalsFixtures } from '../stats/stats.test-data.js';
import { makeJobDue } from '../../platform/jobs/jobs.repository.js';
import { RETENTION_JOB } from '../../platform/runtime.js';

let database: TestDatabase;
let inbox: Inbox;
let running: SpawnedMain | undefined;

before(async () => {
  database = await createTestDatabase();
  await seedSignalsFixtures(database.handle.db);
  inbox = await startInbox();
});

after(async () => {
  running?.child.kill('SIGKILL');
  await inbox?.close();
  await database?.cleanup();
});

async function queueReply(text: string): Promise<string> {
  const db = database.handle.db;
  const report = await insertReport(db, { category: 'streets', createdAt: new Date().toISOString(), replyText: text, lang: 'fi' });
  await db.insertInto('feedback_history').values({ id: `h-${report.id}`, feedback_id: report.id, status: 'done', at: new Date().toISOString(), actor_id: null, actor_name: null, public_reply: text }).execute();
  assert.equal(await enqueueReplyNotification(db, report.id), true);
  return report.trackingCode;
}

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(main: SpawnedMain): Promise<void> {
  main.child.kill('SIGTERM');
  await main.exited;
}

describe(`the server process sends the outbox (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('without SMTP_URL: a notice, and the mail stays in the outbox', async () => {
    const code = await queueReply('Ensimmäinen vastaus.');
    running = await spawnMain(childEnv(database.config));
    await until(() => running!.stderr().includes('SMTP_URL is not set'), 'the notice');
    await stop(running);
    assert.equal(inbox.mails.length, 0);
    const row = await database.handle.db.selectFrom('email_outbox').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.sent_at, null);
    assert.ok(row.subject.endsWith(code));
  });

  test('with SMTP_URL: sent after the restart, and once only across another restart', async () => {
    // The worker looks at the outbox every 50 ms here (KOHTAAMO_OUTBOX_POLL_MS), not every 10 s.
    const env = childEnv(database.config, { SMTP_URL: inbox.url, KOHTAAMO_OUTBOX_POLL_MS: '50' });
    running = await spawnMain(env);
    await until(() => inbox.mails.length === 1, 'the first mail');
    await stop(running);
    const second = await queueReply('Toinen vastaus.');
    running = await spawnMain(env);
    await until(() => inbox.mails.length >= 2, 'the second mail');
    // A mail queued now arrives only through a later look at the outbox, one that also saw the
    // first two (already sent): when it is in, the worker has had its chance to send them again.
    const third = await queueReply('Kolmas vastaus.');
    await until(() => inbox.mails.some((m) => m.subject.endsWith(third)), 'the third mail');
    await stop(running);
    running = undefined;
    assert.deepEqual(
      inbox.mails.map((m) => m.subject),
      [inbox.mails[0]!.subject, `Vastaus palautteeseesi ${second}`, `Vastaus palautteeseesi ${third}`],
    );
    const unsent = await database.handle.db.selectFrom('email_outbox').select('id').where('sent_at', 'is', null).execute();
    assert.deepEqual(unsent, []);
  });

  test('the retention job runs in the server process (KOHTAAMO_RETENTION_DAYS)', async () => {
    const db = database.handle.db;
    const old = await insertReport(db, { category: 'parks', createdAt: new Date(Date.now() - 40 * 86_400_000).toISOString() });
    // Retention runs once per 6 hours across processes and restarts (platform_jobs): the earlier
    // starts of this file already ran it, so it is made due again, as after 6 hours.
    await makeJobDue(db, RETENTION_JOB, new Date());
    running = await spawnMain(childEnv(database.config, { KOHTAAMO_RETENTION_DAYS: '30' }));
    let row = { anonymised_at: null as string | null, contact_email: 'x' as string | null };
    const deadline = Date.now() + 20_000;
    while (row.anonymised_at === null && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      row = await db.selectFrom('feedback').select(['anonymised_at', 'contact_email']).where('id', '=', old.id).executeTakeFirstOrThrow();
    }
    await stop(running);
    running = undefined;
    assert.ok(row.anonymised_at, 'anonymised by the running server');
    assert.equal(row.contact_email, null);
    const recent = await db.selectFrom('feedback').select('anonymised_at').where('anonymised_at', 'is', null).execute();
    assert.ok(recent.length >= 2, 'the recent reports are left alone');
  });
});
