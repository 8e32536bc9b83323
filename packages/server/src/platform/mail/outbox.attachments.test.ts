import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { startInbox, type Inbox } from './mail-message.test-helper.js';
import { renderMail } from './mail-template.js';
import { enqueueMail, storedAttachments } from './outbox.repository.js';
import { createOutboxWorker, smtpTransport } from './outbox.worker.js';

let database: TestDatabase;
let inbox: Inbox;

before(async () => {
  database = await createTestDatabase();
  inbox = await startInbox();
});

after(async () => {
  await inbox?.close();
  await database?.cleanup();
});

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Kohtaamo//booking//FI',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:booking-42@kohtaamo.example',
  'DTSTAMP:20270110T080000Z',
  'DTSTART:20270115T160000Z',
  'DTEND:20270115T180000Z',
  'SUMMARY:Kokoushuone 2, pääkirjasto',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

// A template of a module other than feedback, in three languages.
const catalogs = {
  fi: { 'booking.mail.subject': 'Varaus vahvistettu: {room}', 'booking.mail.body': 'Hei {name},\nvarauksesi on vahvistettu.' },
  sv: { 'booking.mail.subject': 'Bokningen bekräftad: {room}', 'booking.mail.body': 'Hej {name},\ndin bokning är bekräftad.' },
  en: { 'booking.mail.subject': 'Booking confirmed: {room}', 'booking.mail.body': 'Hello {name},\nyour booking is confirmed.' },
};

describe(`the outbox carries any domain's mail, per-language templates and attachments (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a booking confirmation in Swedish with an .ics invitation: stored with the mail, sent as an attachment', async () => {
    const db = database.handle.db;
    const mail = renderMail(catalogs, { subject: 'booking.mail.subject', body: 'booking.mail.body' }, 'sv-FI', { room: 'Mötesrum 2', name: 'Greta' });
    assert.deepEqual(mail, { lang: 'sv', subject: 'Bokningen bekräftad: Mötesrum 2', bodyText: 'Hej Greta,\ndin bokning är bekräftad.' });
    assert.equal(renderMail(catalogs, { subject: 'booking.mail.subject', body: 'booking.mail.body' }, 'de', { room: 'X', name: 'Y' }).lang, 'fi');
    const queued = await enqueueMail(db, {
      domain: 'booking',
      subjectId: 'booking-42',
      dedupeKey: 'booking:42:confirmed',
      to: 'greta@example.fi',
      ...mail,
      attachments: [{ filename: 'varaus.ics', contentType: 'text/calendar; method=REQUEST; charset=utf-8', content: ICS }],
    });
    assert.equal(queued, true);
    const row = await db.selectFrom('email_outbox').selectAll().where('dedupe_key', '=', 'booking:42:confirmed').executeTakeFirstOrThrow();
    assert.equal(row.domain, 'booking');
    const [stored] = storedAttachments(row);
    assert.equal(stored!.filename, 'varaus.ics');
    assert.equal(stored!.content.toString('utf8'), ICS);

    const worker = createOutboxWorker({ db, kind: database.kind, transport: smtpTransport(inbox.url), from: 'Heinolan kaupunki <no-reply@heinola.fi>', logger: { error: () => undefined } });
    assert.equal(await worker.runOnce(), 1);
    await worker.stop();
    assert.equal(inbox.mails.length, 1);
    const sent = inbox.mails[0]!;
    assert.equal(sent.subject, 'Bokningen bekräftad: Mötesrum 2');
    assert.match(sent.raw, /Content-Type: multipart\/mixed/i);
    assert.match(sent.raw, /Content-Type: text\/calendar; ?method=REQUEST/i);
    assert.match(sent.raw, /filename=varaus\.ics/);
    // The attachment's part, decoded, is the invitation byte for byte.
    const part = /filename=varaus\.ics[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(sent.raw)?.[1] ?? '';
    assert.match(sent.raw, /Content-Transfer-Encoding: base64[\s\S]*?filename=varaus\.ics|filename=varaus\.ics[\s\S]*?Content-Transfer-Encoding: base64/i);
    assert.equal(Buffer.from(part.replace(/\s+/g, ''), 'base64').toString('utf8'), ICS);
  });
});
