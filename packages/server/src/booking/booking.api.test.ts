/**
 * Space booking over HTTP on a real database (issue 12): the register as open data, the
 * calendar, booking with a manage code, overlap across a space and its sub-spaces, handling by
 * staff through grants, cancelling and moving, a series across the October clock change, the
 * busy feed without personal data, figures, retention.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { BOOKING_PATHS, parseWall, formatWall } from '@kohtaamo/core';
import { anonymiseBookingsBefore } from './booking.repository.js';
import { expectStatus, person, startBooking, type BookingHarness } from './booking.test-support.js';

let h: BookingHarness;
const P = BOOKING_PATHS;
const S = P.staff;
const at = (wall: string) => new Date(parseWall(wall)).toISOString();
const book = (resourceId: string, start: string, end: string, who: object = person(1), extra: object = {}) =>
  h.call('POST', P.bookings, { resourceId, start: at(start), end: at(end), ...who, ...extra });

before(async () => {
  h = await startBooking();
});
after(async () => {
  await h?.close();
});

describe(`space booking over HTTP (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('the register is open data: units with the space tree and resources as JSON, spaces as CSV', async () => {
    const { items } = await expectStatus(h.call('GET', P.units), 200);
    assert.deepEqual(items.map((u: { id: string }) => u.id), ['library', 'school', 'youth-space']);
    const library = items[0];
    assert.equal(library.spaces.find((s: { id: string }) => s.id === 'library-cafe').parentId, 'library-ground');
    // What the finder filters each resource on comes with it: both rooms are the parent's size, and have a purpose and the loop only where every leaf does.
    const resource = (unit: { resources: { id: string; finder?: unknown }[] }, id: string) => unit.resources.find((r) => r.id === id)!;
    assert.deepEqual(resource(library, 'library-rooms-both').finder, { areaM2: 70, capacity: 18, purposes: ['meeting-room', 'workshop'], stepFree: true, accessibleToilet: true, inductionLoop: false });
    assert.deepEqual(resource(library, 'library-room-1').finder, { areaM2: 30, capacity: 8, purposes: ['meeting-room'], stepFree: true, accessibleToilet: true, inductionLoop: true });
    assert.equal((resource(items[2], 'heimo-studio').finder as { stepFree: boolean }).stepFree, false, 'the studio has steps');
    const csv = await expectStatus(h.call('GET', `${P.spaces}.csv`), 200);
    assert.match(csv, /^unit_id,space_id,parent_id/);
    assert.match(csv, /\r\nlibrary,library-cafe,library-ground,Kirjastokahvila,/);
    assert.ok(!/@/.test(csv));
    const gyms = await expectStatus(h.call('GET', `${P.resources}?purpose=sports&minCapacity=50`), 200);
    assert.deepEqual(gyms.items.map((r: { id: string }) => r.id), ['school-gym']);
  });

  test('the calendar: free, busy and closed cells and free slots; a booking is confirmed with a manage code and a mail with an .ics', async () => {
    const day = await expectStatus(h.call('GET', `${P.resources}/library-room-1/availability?from=2026-10-05&days=1`), 200);
    const cells = day.days[0].cells as { start: string; state: string }[];
    const state = (time: string) => cells.find((c) => formatWall(Date.parse(c.start)).endsWith(time))!.state;
    assert.equal(state('08:30'), 'closed');
    assert.equal(state('10:00'), 'free');
    const made = await expectStatus(book('library-room-1', '2026-10-05T10:00', '2026-10-05T12:00', person(1), { attendees: 6, lang: 'sv' }), 201);
    assert.equal(made.status, 'confirmed');
    assert.match(made.manageCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.$/);
    const after = await expectStatus(h.call('GET', `${P.resources}/library-room-1/availability?from=2026-10-05&days=1`), 200);
    assert.equal(after.days[0].cells.find((c: { start: string }) => formatWall(Date.parse(c.start)).endsWith('10:00')).state, 'busy');
    assert.ok(!after.slots.some((s: { start: string }) => s.start === at('2026-10-05T10:00')));
    // The code is stored only hashed.
    const row = await h.database.handle.db.selectFrom('booking_bookings').selectAll().where('id', '=', made.id).executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(row).includes(made.manageCode));
    // The confirmation mail is in the outbox in the resident's language, with the .ics.
    const mail = await h.database.handle.db.selectFrom('email_outbox').selectAll().where('domain', '=', 'booking').where('subject_id', '=', made.id).executeTakeFirstOrThrow();
    assert.equal(mail.subject, 'Bokningen bekräftad: Mötesrum Jyränkö');
    assert.ok(mail.body_text.includes(made.manageCode));
    assert.ok(mail.body_text.includes(`https://kohtaamo.example/bokning/${made.id}#code=${made.manageCode}`));
    const ics = Buffer.from((JSON.parse(mail.attachments!) as { contentBase64: string }[])[0]!.contentBase64, 'base64').toString('utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    assert.equal(event.startDate.toJSDate().toISOString(), at('2026-10-05T10:00'));
    assert.equal(event.summary, 'Mötesrum Jyränkö, Heinola bibliotek');
  });

  test('refusals name their rule with a pointer and a text in the caller\'s language', async () => {
    const taken = await book('library-room-1', '2026-10-05T11:00', '2026-10-05T12:00', person(2));
    assert.equal(taken.status, 409);
    const problem = (await taken.json()) as { code: string; errors: { pointer: string }[] };
    assert.equal(problem.code, 'booking.rule.conflict.booking');
    const short = await h.call('POST', P.bookings, { resourceId: 'library-room-1', start: at('2026-10-06T10:00'), end: at('2026-10-06T10:30'), ...person(2) }, { 'Accept-Language': 'en' });
    assert.equal(short.status, 422);
    const body = (await short.json()) as { code: string; detail: string; errors: { pointer: string; params: object }[] };
    assert.equal(body.code, 'booking.rule.duration.min');
    assert.equal(body.detail, 'A booking lasts at least 60 minutes.');
    assert.deepEqual(body.errors[0], { pointer: '#/end', code: 'booking.rule.duration.min', detail: 'A booking lasts at least 60 minutes.', params: { minutes: 60 } });
    const closed = await book('library-room-1', '2026-10-11T10:00', '2026-10-11T11:00');
    assert.equal(((await closed.json()) as { code: string }).code, 'booking.rule.hours.closed', 'a Sunday');
  });

  test('a half of the gym and the whole gym never overlap; the two halves may', async () => {
    await expectStatus(book('school-gym-a', '2026-10-07T18:00', '2026-10-07T19:00', person(3)), 201);
    await expectStatus(book('school-gym-b', '2026-10-07T18:00', '2026-10-07T19:00', person(4)), 201);
    const whole = await book('school-gym', '2026-10-07T18:30', '2026-10-07T20:00', person(5));
    assert.equal(whole.status, 409);
    const pending = await expectStatus(book('school-gym', '2026-10-08T18:00', '2026-10-08T20:00', person(5)), 201);
    assert.equal(pending.status, 'pending', 'the whole gym needs handling');
    // A pending request holds the time: neither half can be booked over it.
    assert.equal((await book('school-gym-b', '2026-10-08T19:00', '2026-10-08T20:00', person(6))).status, 409);
  });

  test('staff handle a request through their grant: a library handler cannot approve the school\'s; the handler approves, denies with a reason', async () => {
    const queue = await expectStatus(h.staff('GET', `${S}/bookings?status=pending`), 200);
    const gym = queue.items.find((b: { resourceId: string }) => b.resourceId === 'school-gym');
    assert.ok(gym);
    assert.equal((await h.staff('POST', `${S}/bookings/${gym.id}/approve`, {}, h.libraryHandler)).status, 403);
    const libraryQueue = await expectStatus(h.staff('GET', `${S}/bookings?status=pending`, undefined, h.libraryHandler), 200);
    assert.ok(!libraryQueue.items.some((b: { unitId: string }) => b.unitId !== 'library'), 'the library handler sees the library only');
    const approved = await expectStatus(h.staff('POST', `${S}/bookings/${gym.id}/approve`, { version: gym.version }), 200);
    assert.equal(approved.status, 'confirmed');
    assert.equal((await h.staff('POST', `${S}/bookings/${gym.id}/approve`, {})).status, 409, 'not pending any more');
    const other = await expectStatus(book('library-rooms-both', '2026-10-09T13:00', '2026-10-09T15:00', person(7)), 201);
    assert.equal(other.status, 'pending');
    const denied = await expectStatus(h.staff('POST', `${S}/bookings/${other.id}/deny`, { reason: 'Tilat ovat remontissa.' }, h.libraryHandler), 200);
    assert.equal(denied.status, 'denied');
    const mail = await h.database.handle.db.selectFrom('email_outbox').select(['subject', 'body_text']).where('subject_id', '=', other.id).where('subject', 'like', '%hyväksyä%').executeTakeFirstOrThrow();
    assert.ok(mail.body_text.includes('Tilat ovat remontissa.'));
    // A denied request frees its time.
    await expectStatus(book('library-room-2', '2026-10-09T13:00', '2026-10-09T14:00', person(8)), 201);
  });

  test('the manage code: read, move and cancel without an account; a wrong code is refused; the deadline holds', async () => {
    const made = await expectStatus(book('library-room-1', '2026-10-13T14:00', '2026-10-13T15:00', person(9)), 201);
    const url = `${P.bookings}/${made.id}`;
    assert.equal((await h.call('GET', url, undefined, { 'Manage-Code': 'AAAA-AAAA-AAAA-A' })).status, 404, 'a wrong code is answered as a missing booking');
    const read = await expectStatus(h.call('GET', url, undefined, { 'Manage-Code': made.manageCode.toLowerCase() }), 200);
    assert.equal(read.start, at('2026-10-13T14:00'));
    const moved = await expectStatus(h.call('POST', `${url}/reschedule`, { start: at('2026-10-13T15:00'), end: at('2026-10-13T17:00') }, { 'Manage-Code': made.manageCode }), 200);
    assert.equal(moved.end, at('2026-10-13T17:00'));
    const ics = await expectStatus(h.call('GET', `${url}/booking.ics`, undefined, { 'Manage-Code': made.manageCode }), 200);
    assert.equal(new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!).startDate.toJSDate().toISOString(), at('2026-10-13T15:00'));
    h.now = new Date(parseWall('2026-10-12T16:00'));
    assert.equal((await h.call('POST', `${url}/cancel`, undefined, { 'Manage-Code': made.manageCode })).status, 409, 'less than 24 h before');
    h.now = new Date(parseWall('2026-10-01T09:00'));
    const cancelled = await expectStatus(h.call('POST', `${url}/cancel`, undefined, { 'Manage-Code': made.manageCode }), 200);
    assert.equal(cancelled.status, 'cancelled');
    await expectStatus(book('library-room-1', '2026-10-13T15:00', '2026-10-13T16:00', person(10)), 201);
  });

  test('a weekly series keeps 18:00 across the late-October clock change; a taken evening and a block are rejected with their reasons', async () => {
    await expectStatus(book('school-gym-a', '2026-10-20T18:00', '2026-10-20T19:00', person(11)), 201);
    await expectStatus(h.staff('POST', `${S}/spaces/school-gym/blocks`, { start: at('2026-11-03T00:00'), end: at('2026-11-04T00:00'), reason: 'Lattian hionta' }), 201);
    const series = await expectStatus(
      h.call('POST', '/api/v1/booking/series', { resourceId: 'school-gym-a', start: '2026-10-13T18:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=5', ...person(12), organisation: 'Heinolan Sähly ry' }, { 'Accept-Language': 'en' }),
      201,
    );
    assert.deepEqual(series.accepted.map((b: { start: string }) => formatWall(Date.parse(b.start))), ['2026-10-13T18:00', '2026-10-27T18:00', '2026-11-10T18:00']);
    assert.deepEqual(series.accepted.map((b: { start: string }) => b.start.slice(11, 16)), ['15:00', '16:00', '16:00']);
    assert.deepEqual(series.rejected.map((r: { date: string; rule: string }) => `${r.date} ${r.rule}`), ['2026-10-20 conflict.booking', '2026-11-03 conflict.block']);
    assert.equal(series.rejected[1].detail, 'The space is closed at that time.');
  });

  test('the busy feed of a resource is iCalendar with times only, no names or addresses', async () => {
    const text = await expectStatus(h.call('GET', `${P.resources}/school-gym-a/busy.ics`), 200);
    assert.ok(!/Asukas|example\.fi|Sähly/.test(text));
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    assert.ok(events.length >= 4);
    assert.ok(events.every((e) => e.summary === 'Varattu'));
  });

  test('figures: m² of open access counts leaves only; meeting places; utilisation per space and month as JSON and CSV', async () => {
    const f = await expectStatus(h.call('GET', `${P.figures}?from=2026-10&months=2`), 200);
    const library = f.area.units.find((u: { unitId: string }) => u.unitId === 'library');
    assert.equal(library.openAccessM2, 520, 'café 140 + reading hall 380, not the ground floor again');
    assert.equal(f.area.openAccessM2, 680, '+ HeiMo lounge 160');
    assert.equal(library.meetingPlaces, 4, 'café, hall, two meeting rooms');
    const room = f.utilisation.find((r: { spaceId: string; month: string }) => r.spaceId === 'library-room-1' && r.month === '2026-10');
    assert.ok(room.bookedHours >= 3 && room.share > 0);
    const csv = await expectStatus(h.call('GET', `${P.figures}.csv?from=2026-10&months=1`), 200);
    assert.match(csv, /^space_id,month,open_hours,booked_hours,share\r\n/);
  });

  test('retention removes names, contacts and codes of old bookings and keeps their times', async () => {
    const db = h.database.handle.db;
    const n = await anonymiseBookingsBefore(db, new Date(parseWall('2026-10-06T00:00')), new Date());
    assert.ok(n >= 1);
    const old = await db.selectFrom('booking_bookings').selectAll().where('start_at', '=', at('2026-10-05T10:00')).executeTakeFirstOrThrow();
    assert.deepEqual([old.name, old.email, old.person_key, old.manage_code_hash], [null, null, null, null]);
    assert.equal(old.status, 'confirmed');
    assert.equal(await anonymiseBookingsBefore(db, new Date(parseWall('2026-10-06T00:00')), new Date()), 0, 'idempotent');
  });
});
