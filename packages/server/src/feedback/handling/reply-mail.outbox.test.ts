import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { DatabaseHandle } from '../../db/database.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { enqueueReplyNotification } from './reply-mail.js';
import { createOutboxWorker, retryDelayMs, smtpTransport } from '../../platform/mail/outbox.worker.js';
import { startInbox, type Inbox } from '../../platform/mail/mail-message.test-helper.js';
import { insertReport, seedSignalsFixtures } from '../stats/stats.test-data.js';

let database: TestDatabase;
let inbox: Inbox;
const quiet = { error: () => undefined };

before(async () => {
  database = await createTestDatabase();
  await seedSignalsFixtures(database.handle.db);
  inbox = await startInbox();
});

after(async () => {
  await inbox?.close();
  await database?.cleanup();
});

beforeEach(async () => {
  inbox.mails.length = 0;
  inbox.refuse = 0;
  await database.handle.db.deleteFrom('email_outbox').execute();
});

/** A report the city has replied to, with one history row carrying the public reply. */
async function repliedReport(db: DatabaseHandle['db'], fields: { lang: string; email?: string | null; consent?: boolean; reply: string }) {
  const report = await insertReport(db, {
    category: 'streets',
    createdAt: '2026-03-02T08:00:00.000Z',
    firstResponseAt: '2026-03-03T08:00:00.000Z',
    closedAt: '2026-03-03T08:00:00.000Z',
    status: 'done',
    lang: fields.lang,
    email: fields.email === undefined ? 'asukas@example.fi' : fields.email,
    consent: fields.consent ?? true,
    replyText: fields.reply,
  });
  await db
    .insertInto('feedback_history')
    .values({ id: `h-${report.id}`, feedback_id: report.id, status: 'done', at: '2026-03-03T08:00:00.000Z', actor_id: null, actor_name: 'Käsittelijä', public_reply: fields.reply })
    .execute();
  return report;
}

describe(`reply emails through the outbox and a real SMTP server (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('queued in the reply’s transaction, delivered in the resident’s language with the code and the reply as plain text', async () => {
    const db = database.handle.db;
    const sv = await repliedReport(db, { lang: 'sv', email: 'invånare@example.fi', reply: 'Lampan är bytt.\n<b>Tack</b> & hej!' });
    const queued = await db.transaction().execute((trx) => enqueueReplyNotification(trx, sv.id));
    assert.equal(queued, true);
    // Twice for the same reply: still one mail.
    assert.equal(await db.transaction().execute((trx) => enqueueReplyNotification(trx, sv.id)), false);

    const worker = createOutboxWorker({ db, transport: smtpTransport(inbox.url), from: 'Heinolan kaupunki <no-reply@heinola.fi>', logger: quiet });
    assert.equal(await worker.runOnce(), 1);
    await worker.stop();
    assert.equal(inbox.mails.length, 1);
    const mail = inbox.mails[0]!;
    assert.deepEqual(mail.to, ['invånare@example.fi']);
    assert.equal(mail.subject, `Svar på din respons ${sv.trackingCode}`);
    assert.match(mail.headers.get('content-type') ?? '', /^text\/plain; charset=utf-8/i);
    assert.equal(mail.headers.get('content-language'), 'sv');
    assert.ok(mail.text.includes(`spårningskod ${sv.trackingCode}, ämne: Gator`), mail.text);
    assert.ok(mail.text.includes('Status: Behandlad'), mail.text);
    assert.ok(mail.text.includes('Svar:\nLampan är bytt.\n<b>Tack</b> & hej!'), 'the reply as plain text, as written');
    const row = await db.selectFrom('email_outbox').selectAll().executeTakeFirstOrThrow();
    assert.ok(row.sent_at !== null);
    assert.equal(row.attempts, 1);
  });

  test('Finnish and English residents get their own language', async () => {
    const db = database.handle.db;
    const fi = await repliedReport(db, { lang: 'fi', reply: 'Korjattu.' });
    const en = await repliedReport(db, { lang: 'en', email: 'resident@example.fi', reply: 'Fixed.' });
    for (const report of [fi, en]) await db.transaction().execute((trx) => enqueueReplyNotification(trx, report.id));
    const worker = createOutboxWorker({ db, transport: smtpTransport(inbox.url), from: 'x@heinola.fi', logger: quiet });
    assert.equal(await worker.runOnce(), 2);
    await worker.stop();
    const bySubject = inbox.mails.map((m) => m.subject).sort();
    assert.deepEqual(bySubject, [`Reply to your feedback ${en.trackingCode}`, `Vastaus palautteeseesi ${fi.trackingCode}`].sort());
    assert.ok(inbox.mails.find((m) => m.subject.startsWith('Vastaus'))!.text.includes('Vastaus:\nKorjattu.'));
  });

  test('no email, or no consent: nothing is queued', async () => {
    const db = database.handle.db;
    const noEmail = await repliedReport(db, { lang: 'fi', email: null, reply: 'Korjattu.' });
    const noConsent = await repliedReport(db, { lang: 'fi', consent: false, reply: 'Korjattu.' });
    assert.equal(await db.transaction().execute((trx) => enqueueReplyNotification(trx, noEmail.id)), false);
    assert.equal(await db.transaction().execute((trx) => enqueueReplyNotification(trx, noConsent.id)), false);
    assert.equal((await db.selectFrom('email_outbox').selectAll().execute()).length, 0);
  });

  test('a rolled-back reply queues no mail', async () => {
    const db = database.handle.db;
    const report = await repliedReport(db, { lang: 'fi', reply: 'Korjattu.' });
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await enqueueReplyNotification(trx, report.id);
        throw new Error('the status change failed');
      }),
    );
    assert.equal((await db.selectFrom('email_outbox').selectAll().execute()).length, 0);
  });

  test('a failing SMTP server: the mail is retried later with backoff, then delivered once', async () => {
    const db = database.handle.db;
    const report = await repliedReport(db, { lang: 'fi', reply: 'Korjattu.' });
    await db.transaction().execute((trx) => enqueueReplyNotification(trx, report.id, { now: new Date('2026-03-03T08:00:00.000Z') }));
    inbox.refuse = 1;
    let now = new Date('2026-03-03T09:00:00.000Z');
    const worker = createOutboxWorker({ db, transport: smtpTransport(inbox.url), from: 'x@heinola.fi', clock: () => now, retryBaseMs: 30_000, logger: quiet });
    assert.equal(await worker.runOnce(), 0);
    let row = await db.selectFrom('email_outbox').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.sent_at, null);
    assert.equal(row.attempts, 1);
    assert.match(row.last_error ?? '', /451|busy/i);
    assert.equal(row.next_attempt_at, '2026-03-03T09:00:30.000Z');
    // Not yet due: nothing happens.
    now = new Date('2026-03-03T09:00:20.000Z');
    assert.equal(await worker.runOnce(), 0);
    assert.equal((await db.selectFrom('email_outbox').select('attempts').executeTakeFirstOrThrow()).attempts, 1);
    now = new Date('2026-03-03T09:00:31.000Z');
    assert.equal(await worker.runOnce(), 1);
    await worker.stop();
    row = await db.selectFrom('email_outbox').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.attempts, 2);
    assert.ok(row.sent_at);
    assert.equal(inbox.mails.length, 1);
    assert.deepEqual([1, 2, 3, 20].map((n) => retryDelayMs(n, 30_000, 3_600_000)), [30_000, 60_000, 120_000, 3_600_000]);
  });

  test('a restart: mails queued while no SMTP was configured are delivered by the next process, once, even with two servers', async () => {
    const db = database.handle.db;
    const reports = [];
    for (let i = 0; i < 6; i++) reports.push(await repliedReport(db, { lang: 'fi', reply: `Vastaus ${i}` }));
    for (const r of reports) await db.transaction().execute((trx) => enqueueReplyNotification(trx, r.id));
    // The first "process" has no SMTP_URL: the outbox keeps them.
    const unconfigured = createOutboxWorker({ db, transport: null, from: 'x@heinola.fi', logger: quiet });
    assert.equal(await unconfigured.runOnce(), 0);
    await unconfigured.stop();
    assert.equal(inbox.mails.length, 0);
    // "Restarted": two servers on their own connections work the same outbox at once.
    const second = await database.openAnother();
    const a = createOutboxWorker({ db, transport: smtpTransport(inbox.url), from: 'x@heinola.fi', batchSize: 4, logger: quiet });
    const b = createOutboxWorker({ db: second.db, transport: smtpTransport(inbox.url), from: 'x@heinola.fi', batchSize: 4, logger: quiet });
    // Each server claims at most 4 at a time, both at the same moment, twice.
    const rounds = [...(await Promise.all([a.runOnce(), b.runOnce()])), ...(await Promise.all([a.runOnce(), b.runOnce()]))];
    const more = (await a.runOnce()) + (await b.runOnce());
    assert.equal(more, 0, 'nothing left after two rounds');
    await Promise.all([a.stop(), b.stop()]);
    assert.equal(rounds.reduce((x, y) => x + y, 0) + more, 6);
    assert.equal(inbox.mails.length, 6);
    const bodies = inbox.mails.map((m) => /Vastaus:\n(Vastaus \d)/.exec(m.text)?.[1]).sort();
    assert.deepEqual(bodies, ['Vastaus 0', 'Vastaus 1', 'Vastaus 2', 'Vastaus 3', 'Vastaus 4', 'Vastaus 5']);
    const unsent = await db.selectFrom('email_outbox').select('id').where('sent_at', 'is', null).execute();
    assert.equal(unsent.length, 0);
  });
});
