import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { FEEDBACK_PATHS, FEEDBACK_RESIDENT_PATHS, FeedbackReceiptSchema, FeedbackStatusSchema, STAFF_PATHS } from '@kohtaamo/core';
import { publishFeedback } from '../../testing/feedback-fixtures.js';
import { createOutboxWorker, smtpTransport } from '../../platform/mail/outbox.worker.js';
import { startInbox } from '../../platform/mail/mail-message.test-helper.js';
import { seedDemo } from '../feedback.seed.js';
import { addStaff, issueToken } from '../../platform/staff/staff.repository.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { postJson, recordingLogger, startTestServer, validSubmission, type TestServer } from '../../testing/test-server.js';

let database: TestDatabase;
let server: TestServer;
let token: string;

before(async () => {
  database = await createTestDatabase();
  await seedDemo(database.handle.db);
  await addStaff(database.handle.db, { name: 'Aino Admin', email: 'aino@heinola.example', role: 'admin', categories: [] });
  token = (await issueToken(database.handle.db, 'aino@heinola.example')).token;
  server = await startTestServer({ db: database.handle, config: { origins: [] }, logger: recordingLogger() });
});

after(async () => {
  await server?.close();
  await database?.cleanup();
});

async function submit(overrides: Record<string, unknown>): Promise<{ id: string; trackingCode: string }> {
  const response = await postJson(server.at(FEEDBACK_PATHS.submissions), validSubmission(overrides));
  assert.equal(response.status, 201);
  const { trackingCode } = v.parse(FeedbackReceiptSchema, await response.json());
  const row = await database.handle.db.selectFrom('feedback').select('id').where('tracking_code', '=', trackingCode).executeTakeFirstOrThrow();
  return { id: row.id, trackingCode };
}

async function setStatus(id: string, body: Record<string, unknown>): Promise<Response> {
  const detail = await fetch(server.at(STAFF_PATHS.report(id)), { headers: { Authorization: `Bearer ${token}` } });
  const etag = detail.headers.get('etag') ?? '';
  return postJson(server.at(STAFF_PATHS.status(id)), body, { Authorization: `Bearer ${token}`, 'If-Match': etag });
}

describe(`a staff reply queues the resident's email; the status answer shows the response time (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('reply with email and consent: one mail in the resident’s language; no reply, no mail', async () => {
    const { id, trackingCode } = await submit({ lang: 'en', contact: { email: 'resident@example.fi', consent: true } });
    const allocated = await setStatus(id, { status: 'allocated' });
    assert.ok(allocated.ok, `allocated: ${allocated.status}`);
    let rows = await database.handle.db.selectFrom('email_outbox').selectAll().where('subject_id', '=', id).execute();
    assert.equal(rows.length, 0, 'a status change without a public reply sends nothing');

    const done = await setStatus(id, { status: 'done', reply: 'The street light was fixed on Monday.' });
    assert.ok(done.ok, `done: ${done.status}`);
    rows = await database.handle.db.selectFrom('email_outbox').selectAll().where('subject_id', '=', id).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.to_address, 'resident@example.fi');
    assert.equal(rows[0]!.subject, `Reply to your feedback ${trackingCode}`);
    assert.ok(rows[0]!.body_text.includes('Reply:\nThe street light was fixed on Monday.'));

    const status = v.parse(FeedbackStatusSchema, await (await fetch(server.at(FEEDBACK_PATHS.status(trackingCode)))).json());
    assert.ok(status.responseTime);
    assert.equal(typeof status.responseTime.firstResponseSeconds, 'number');
    assert.equal(typeof status.responseTime.closeSeconds, 'number');
    assert.equal(status.responseTime.firstResponseWorkingDays, 0);
    assert.equal(status.responseTime.withinTarget, true);
  });

  test('no consent or no email: the reply is given, no mail is queued', async () => {
    const phoneOnly = await submit({ contact: { phone: '040 123 4567', consent: true } });
    const anonymous = await submit({ contact: undefined });
    for (const { id } of [phoneOnly, anonymous]) {
      const done = await setStatus(id, { status: 'done', reply: 'Korjattu.' });
      assert.ok(done.ok, `done: ${done.status}`);
      assert.equal((await database.handle.db.selectFrom('email_outbox').select('id').where('subject_id', '=', id).execute()).length, 0);
    }
  });

  test('followers ("this is mine too") who gave an address get the reply by email, each in their language, once', async () => {
    const { id, trackingCode } = await submit({ lang: 'fi', contact: { email: 'sender@example.fi', consent: true } });
    await publishFeedback(database.handle.db, trackingCode);
    const follow = (email: string | undefined, lang: string) =>
      postJson(server.at(FEEDBACK_RESIDENT_PATHS.followers(trackingCode)), email ? { email } : {}, { 'Accept-Language': lang });
    assert.equal((await follow('naapuri@example.fi', 'sv')).status, 201);
    assert.equal((await follow('neighbour@example.fi', 'en-GB')).status, 201);
    assert.equal((await follow(undefined, 'fi')).status, 201); // no address: counted, never mailed
    assert.equal((await follow('SENDER@example.fi', 'fi')).status, 201); // the sender: one mail, not two

    const done = await setStatus(id, { status: 'done', reply: 'Katuvalo korjattiin maanantaina.' });
    assert.ok(done.ok, `done: ${done.status}`);
    const rows = await database.handle.db.selectFrom('email_outbox').selectAll().where('subject_id', '=', id).orderBy('to_address').execute();
    assert.deepEqual(
      rows.map((r) => [r.to_address, r.lang, r.subject]),
      [
        ['naapuri@example.fi', 'sv', `Responsen ${trackingCode} som du följer har uppdaterats`],
        ['neighbour@example.fi', 'en', `Feedback ${trackingCode} you follow has been updated`],
        ['sender@example.fi', 'fi', `Vastaus palautteeseesi ${trackingCode}`],
      ],
    );
    const swedish = rows[0]!.body_text;
    assert.ok(swedish.includes('Svar:\nKatuvalo korjattiin maanantaina.'), swedish);
    assert.ok(swedish.includes('Status: Behandlad'), swedish);

    // Sent through the platform outbox to a real SMTP server; a second round sends nothing more.
    const inbox = await startInbox();
    try {
      const quiet = { error: () => undefined };
      const worker = createOutboxWorker({ db: database.handle.db, kind: database.kind, transport: smtpTransport(inbox.url), from: 'Heinolan kaupunki <no-reply@heinola.fi>', logger: quiet });
      await worker.runOnce();
      await worker.runOnce();
      await worker.stop();
      const mine = inbox.mails.filter((m) => m.subject.includes(trackingCode));
      assert.deepEqual(mine.map((m) => m.to[0]).sort(), ['naapuri@example.fi', 'neighbour@example.fi', 'sender@example.fi']);
      assert.equal(mine.find((m) => m.to[0] === 'naapuri@example.fi')!.headers.get('content-language'), 'sv');
    } finally {
      await inbox.close();
    }
  });
});
