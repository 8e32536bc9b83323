/**
 * The confirmation mail reaches a real SMTP server on the loopback interface through the
 * platform's outbox, with the booking as an .ics attachment that ical.js reads back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { BOOKING_PATHS, parseWall } from '@kohtaamo/core';
import { startInbox, type Inbox } from '../platform/mail/mail-message.test-helper.js';
import { createOutboxWorker, smtpTransport } from '../platform/mail/outbox.worker.js';
import { expectStatus, startBooking, type BookingHarness } from './booking.test-support.js';

let h: BookingHarness;
let inbox: Inbox;
before(async () => {
  h = await startBooking();
  inbox = await startInbox();
});
after(async () => {
  await inbox?.close();
  await h?.close();
});

describe(`booking mail over loopback SMTP (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a resident books a meeting room and gets a confirmation with an .ics an iCalendar library reads', async () => {
    const start = new Date(parseWall('2026-10-27T17:00')).toISOString();
    const end = new Date(parseWall('2026-10-27T19:00')).toISOString();
    const made = await expectStatus(h.call('POST', BOOKING_PATHS.bookings, { resourceId: 'library-room-2', start, end, name: 'Aino Asukas', email: 'aino@example.fi', lang: 'fi' }), 201);
    const worker = createOutboxWorker({ db: h.database.handle.db, kind: h.database.kind, transport: smtpTransport(inbox.url), from: 'Heinolan kaupunki <no-reply@heinola.fi>', logger: { error: () => undefined } });
    assert.equal(await worker.runOnce(), 1);
    await worker.stop();
    const mail = inbox.mails.find((m) => m.to.includes('aino@example.fi'))!;
    assert.equal(mail.subject, 'Varaus vahvistettu: Kokoushuone Kymi');
    assert.match(mail.raw, /Content-Type: text\/calendar; ?method=PUBLISH/i);
    const part = /filename=varaus\.ics[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(mail.raw)?.[1] ?? '';
    const ics = Buffer.from(part.replace(/\s+/g, ''), 'base64').toString('utf8');
    assert.ok(ics.includes('\r\n'), 'CRLF lines');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    assert.equal(event.uid, `${made.id}@kohtaamo`);
    assert.equal(event.startDate.toJSDate().toISOString(), start, '17:00 Helsinki after the clock change is 15:00Z');
    assert.equal(event.endDate.toJSDate().toISOString(), end);
    assert.equal(event.summary, 'Kokoushuone Kymi, Heinolan kirjasto');
    assert.equal(event.component.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.ok(String(event.component.getFirstPropertyValue('url')).endsWith(`#code=${made.manageCode}`));
  });

  test('moving sends a change mail and cancelling a cancellation mail, each with the same event: same UID, SEQUENCE up, the cancel as METHOD:CANCEL', async () => {
    const at = (wall: string) => new Date(parseWall(wall)).toISOString();
    const made = await expectStatus(h.call('POST', BOOKING_PATHS.bookings, { resourceId: 'library-room-1', start: at('2026-10-20T10:00'), end: at('2026-10-20T11:00'), name: 'Sven Svensson', email: 'sven@example.fi', lang: 'sv' }), 201);
    const url = `${BOOKING_PATHS.bookings}/${made.id}`;
    await expectStatus(h.call('POST', `${url}/reschedule`, { start: at('2026-10-21T14:00'), end: at('2026-10-21T15:30') }, { 'Manage-Code': made.manageCode }), 200);
    await expectStatus(h.call('POST', `${url}/cancel`, undefined, { 'Manage-Code': made.manageCode }), 200);
    const worker = createOutboxWorker({ db: h.database.handle.db, kind: h.database.kind, transport: smtpTransport(inbox.url), from: 'Heinola stad <no-reply@heinola.fi>', logger: { error: () => undefined } });
    assert.equal(await worker.runOnce(), 3);
    await worker.stop();
    const mails = inbox.mails.filter((m) => m.to.includes('sven@example.fi'));
    const bySubject = (subject: string) => {
      const mail = mails.find((m) => m.subject === subject);
      assert.ok(mail, `${subject} in ${mails.map((m) => m.subject).join(' | ')}`);
      const part = /filename=varaus\.ics[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(mail.raw)?.[1] ?? '';
      const calendar = new ICAL.Component(ICAL.parse(Buffer.from(part.replace(/\s+/g, ''), 'base64').toString('utf8')));
      return { mail, calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
    };
    const first = bySubject('Bokningen bekräftad: Mötesrum Jyränkö');
    const moved = bySubject('Bokningen flyttad: Mötesrum Jyränkö');
    const cancelled = bySubject('Bokningen avbokad: Mötesrum Jyränkö');
    assert.match(moved.mail.raw, /Content-Type: text\/calendar; ?method=PUBLISH/i);
    assert.match(cancelled.mail.raw, /Content-Type: text\/calendar; ?method=CANCEL/i);
    for (const m of [moved, cancelled]) assert.equal(m.event.uid, first.event.uid, 'one event, updated in place');
    assert.equal(first.event.uid, `${made.id}@kohtaamo`);
    assert.ok(moved.event.sequence > first.event.sequence, `moved ${moved.event.sequence} > ${first.event.sequence}`);
    assert.ok(cancelled.event.sequence > moved.event.sequence, `cancelled ${cancelled.event.sequence} > ${moved.event.sequence}`);
    assert.equal(moved.event.startDate.toJSDate().toISOString(), at('2026-10-21T14:00'));
    assert.equal(moved.event.endDate.toJSDate().toISOString(), at('2026-10-21T15:30'));
    assert.equal(moved.event.component.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.equal(cancelled.calendar.getFirstPropertyValue('method'), 'CANCEL');
    assert.equal(cancelled.event.component.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(moved.calendar.getFirstPropertyValue('method'), 'PUBLISH');
  });
});
