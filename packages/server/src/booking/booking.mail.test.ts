/**
 * The confirmation mail reaches a real SMTP server on the loopback interface through the
 * platform's outbox, with the booking as an .ics attachment that ical.js reads back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { BOOKING_PATHS, parseWall } from '@kohtaamo/core';
import { readMail, startInbox, type Inbox } from '../platform/mail/mail-message.test-helper.js';
import { createOutboxWorker, smtpTransport } from '../platform/mail/outbox.worker.js';
import { expectStatus, startBooking, type BookingHarness } from './booking.test-support.js';
import { MANAGE_CODES, hashCode } from './booking.repository.js';

/** The mail's plain text part (the mail is multipart: the text and the .ics). */
function textPart(raw: string): string {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  assert.ok(boundary, 'a multipart mail');
  const part = raw.split(`--${boundary}`).find((p) => /^\s*Content-Type: text\/plain/im.test(p));
  assert.ok(part, 'a text/plain part');
  return readMail(part.replace(/^\r?\n/, '')).text;
}

function icsOf(raw: string) {
  const part = /filename=varaus\.ics[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(raw)?.[1] ?? '';
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(part.replace(/\s+/g, ''), 'base64').toString('utf8')));
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

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

    // Both carry the booking's code on its line and the manage link that opens it, in the booking's language (sv).
    const link = `https://kohtaamo.example/bokning/${made.id}#code=${made.manageCode}`;
    const movedText = textPart(moved.mail.raw);
    const cancelledText = textPart(cancelled.mail.raw);
    for (const text of [movedText, cancelledText]) {
      assert.deepEqual(text.split('\n').filter((line) => /:\s*$/.test(line)), [], `no line ends in an empty value:\n${text}`);
      assert.ok(text.includes(`Din bokningskod: ${made.manageCode}\n`), `the code on its line:\n${text}`);
    }
    assert.ok(movedText.includes(`Du kan avboka eller ändra bokningen: ${link}\n`), movedText);
    assert.ok(movedText.includes('2026-10-21 14:00–15:30'), movedText);
    assert.ok(cancelledText.includes(`Den avbokade bokningen: ${link}\n`), cancelledText);
    for (const m of [moved, cancelled]) assert.equal(String(m.event.component.getFirstPropertyValue('url')), link);
    // The link's code still opens the booking, now cancelled.
    const code = new URL(/https:\/\/\S+/.exec(cancelledText)![0]).hash.replace(/^#code=/, '');
    assert.equal((await expectStatus(h.call('GET', url, undefined, { 'Manage-Code': code }), 200)).status, 'cancelled');
  });

  test('a booking whose code was not derived from its id (made before, or the secret changed): the move\'s and the cancellation\'s mails have no empty code line and no dead link, and say where they are (en)', async () => {
    const at = (wall: string) => new Date(parseWall(wall)).toISOString();
    const booking = await expectStatus(h.call('POST', BOOKING_PATHS.bookings, { resourceId: 'library-room-2', start: at('2026-10-22T10:00'), end: at('2026-10-22T11:00'), name: 'Old Timer', email: 'old@example.fi', lang: 'en' }), 201);
    const oldCode = MANAGE_CODES.generate(); // random, as the codes of bookings made before they were derived
    await h.database.handle.db.updateTable('booking_bookings').set({ manage_code_hash: hashCode(oldCode) }).where('id', '=', booking.id).execute();
    await expectStatus(h.call('POST', `${BOOKING_PATHS.bookings}/${booking.id}/reschedule`, { start: at('2026-10-22T12:00'), end: at('2026-10-22T13:00') }, { 'Manage-Code': oldCode }), 200);
    await expectStatus(h.staff('POST', `${BOOKING_PATHS.staff}/bookings/${booking.id}/cancel`), 200);
    const worker = createOutboxWorker({ db: h.database.handle.db, kind: h.database.kind, transport: smtpTransport(inbox.url), from: 'City of Heinola <no-reply@heinola.fi>', logger: { error: () => undefined } });
    assert.equal(await worker.runOnce(), 3);
    await worker.stop();
    const mails = inbox.mails.filter((m) => m.to.includes('old@example.fi'));
    const moved = mails.find((m) => m.subject === 'Booking moved: Meeting room Kymi');
    const cancelled = mails.find((m) => m.subject === 'Booking cancelled: Meeting room Kymi');
    assert.ok(moved && cancelled, mails.map((m) => m.subject).join(' | '));
    for (const mail of [moved, cancelled]) {
      const text = textPart(mail.raw);
      assert.deepEqual(text.split('\n').filter((line) => /:\s*$/.test(line)), [], `no line ends in an empty value:\n${text}`);
      assert.ok(!text.includes(booking.manageCode) && !text.includes(oldCode) && !/https?:\/\//.test(text), `no code and no link:\n${text}`);
      assert.equal(icsOf(mail.raw).component.getFirstPropertyValue('url'), null);
    }
    assert.ok(textPart(moved.raw).includes('You can cancel or change the booking with the link and booking code in the first mail about the booking.'), textPart(moved.raw));
  });

  test('a request staff approve: the confirmation carries the request\'s code and the manage link that opens the booking, and updates the same calendar event (fi, sv, en)', async () => {
    const at = (wall: string) => new Date(parseWall(wall)).toISOString();
    const cases = [
      { lang: 'fi', day: '2026-10-13', email: 'seura@example.fi', received: 'Varauspyyntö vastaanotettu: Koko liikuntasali', confirmed: 'Varaus vahvistettu: Koko liikuntasali', codeLine: 'Varauskoodisi', linkLine: 'Voit perua tai muuttaa varauksen', how: 'Voit perua tai muuttaa varauksen sillä linkillä ja varauskoodilla, jotka sait viestissä, jossa kerrottiin varauspyyntösi vastaanottamisesta.' },
      { lang: 'sv', day: '2026-10-14', email: 'forening@example.fi', received: 'Bokningsförfrågan mottagen: Hela idrottssalen', confirmed: 'Bokningen bekräftad: Hela idrottssalen', codeLine: 'Din bokningskod', linkLine: 'Du kan avboka eller ändra bokningen', how: 'Du kan avboka eller ändra bokningen med länken och bokningskoden i meddelandet om att din förfrågan hade tagits emot.' },
      { lang: 'en', day: '2026-10-15', email: 'club@example.fi', received: 'Booking request received: Whole gym', confirmed: 'Booking confirmed: Whole gym', codeLine: 'Your booking code', linkLine: 'You can cancel or change the booking', how: 'You can cancel or change the booking with the link and booking code in the mail that told you your request had been received.' },
    ] as const;
    const made = new Map<string, { id: string; manageCode: string; version: number }>();
    for (const c of cases) {
      const booking = await expectStatus(h.call('POST', BOOKING_PATHS.bookings, { resourceId: 'school-gym', start: at(`${c.day}T18:00`), end: at(`${c.day}T20:00`), name: `Seura ${c.lang}`, email: c.email, organisation: `Seura ${c.lang} ry`, lang: c.lang }), 201);
      assert.equal(booking.status, 'pending');
      made.set(c.lang, booking);
      await expectStatus(h.staff('POST', `${BOOKING_PATHS.staff}/bookings/${booking.id}/approve`, { version: booking.version }), 200);
    }
    const worker = createOutboxWorker({ db: h.database.handle.db, kind: h.database.kind, transport: smtpTransport(inbox.url), from: 'Heinolan kaupunki <no-reply@heinola.fi>', logger: { error: () => undefined } });
    assert.equal(await worker.runOnce(), 6);
    await worker.stop();
    for (const c of cases) {
      const booking = made.get(c.lang)!;
      const mails = inbox.mails.filter((m) => m.to.includes(c.email));
      const received = mails.find((m) => m.subject === c.received);
      const confirmed = mails.find((m) => m.subject === c.confirmed);
      assert.ok(received && confirmed, `${c.lang}: ${mails.map((m) => m.subject).join(' | ')}`);

      // The request's mail has the code and the link that carries it (the only time the code is known).
      const link = `https://kohtaamo.example/${{ fi: 'varaus', sv: 'bokning', en: 'booking' }[c.lang]}/${booking.id}#code=${booking.manageCode}`;
      const first = textPart(received.raw);
      assert.ok(first.includes(booking.manageCode), `${c.lang}: the code in the request's mail`);
      assert.ok(first.includes(link), `${c.lang}: the link in the request's mail`);

      // The approval's mail: the same code on its line and the same link, as a direct booking's confirmation; no line left empty.
      const text = textPart(confirmed.raw);
      assert.deepEqual(text.split('\n').filter((line) => /:\s*$/.test(line)), [], `${c.lang}: no line ends in an empty value:\n${text}`);
      assert.ok(text.includes(`${c.codeLine}: ${booking.manageCode}\n`), `${c.lang}: the code on its line:\n${text}`);
      assert.ok(text.includes(`${c.linkLine}: ${link}\n`), `${c.lang}: the manage link:\n${text}`);
      assert.ok(!text.includes(c.how), `${c.lang}: no pointer to the other mail:\n${text}`);
      assert.ok(text.includes(`Seura ${c.lang}`) && text.includes(`${c.day} 18:00–20:00`), `${c.lang}: names the person and the time:\n${text}`);
      // The link's code opens the booking, now confirmed.
      const code = new URL(/https:\/\/\S+/.exec(text)![0]).hash.replace(/^#code=/, '');
      const read = await expectStatus(h.call('GET', `${BOOKING_PATHS.bookings}/${booking.id}`, undefined, { 'Manage-Code': code }), 200);
      assert.equal(read.status, 'confirmed');

      // Its .ics confirms the event the request's .ics put in the calendar: same UID, a higher SEQUENCE, the manage link.
      const tentative = icsOf(received.raw);
      const event = icsOf(confirmed.raw);
      assert.equal(tentative.component.getFirstPropertyValue('status'), 'TENTATIVE');
      assert.equal(String(tentative.component.getFirstPropertyValue('url')), link);
      assert.equal(event.uid, `${booking.id}@kohtaamo`);
      assert.equal(event.uid, tentative.uid);
      assert.ok(event.sequence > tentative.sequence, `${event.sequence} > ${tentative.sequence}`);
      assert.equal(event.component.getFirstPropertyValue('status'), 'CONFIRMED');
      assert.equal(String(event.component.getFirstPropertyValue('url')), link);
      assert.equal(event.startDate.toJSDate().toISOString(), at(`${c.day}T18:00`));
    }
  });

  test('a request whose code was not derived from its id (made before, or the secret changed): the approval has no empty code line and no dead link, and says where they are', async () => {
    const at = (wall: string) => new Date(parseWall(wall)).toISOString();
    const booking = await expectStatus(h.call('POST', BOOKING_PATHS.bookings, { resourceId: 'school-gym', start: at('2026-10-16T18:00'), end: at('2026-10-16T20:00'), name: 'Vanha Seura', email: 'vanha@example.fi', organisation: 'Vanha Seura ry', lang: 'fi' }), 201);
    // The hash of a random code, as a booking made before the codes were derived has.
    await h.database.handle.db.updateTable('booking_bookings').set({ manage_code_hash: hashCode('K7PQ2M4X9RTD') }).where('id', '=', booking.id).execute();
    await expectStatus(h.staff('POST', `${BOOKING_PATHS.staff}/bookings/${booking.id}/approve`, { version: booking.version }), 200);
    const worker = createOutboxWorker({ db: h.database.handle.db, kind: h.database.kind, transport: smtpTransport(inbox.url), from: 'Heinolan kaupunki <no-reply@heinola.fi>', logger: { error: () => undefined } });
    assert.equal(await worker.runOnce(), 2);
    await worker.stop();
    const confirmed = inbox.mails.find((m) => m.to.includes('vanha@example.fi') && m.subject === 'Varaus vahvistettu: Koko liikuntasali');
    assert.ok(confirmed);
    const text = textPart(confirmed.raw);
    assert.deepEqual(text.split('\n').filter((line) => /:\s*$/.test(line)), [], `no line ends in an empty value:\n${text}`);
    assert.ok(!text.includes(booking.manageCode) && !/https?:\/\//.test(text), `no code and no link:\n${text}`);
    assert.ok(text.includes('Voit perua tai muuttaa varauksen sillä linkillä ja varauskoodilla, jotka sait viestissä, jossa kerrottiin varauspyyntösi vastaanottamisesta.'), text);
    assert.equal(icsOf(confirmed.raw).component.getFirstPropertyValue('url'), null);
  });
});
