/**
 * The seasonal application round over HTTP on a real database (ADR 0040): staff open a round,
 * associations apply for weekly slots until the deadline, staff allocate once after it; accepted
 * applications become weekly series with each refused occurrence and its reason, rejected ones
 * keep theirs; no two live bookings overlap; of concurrent allocations exactly one runs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { ROUND_PATHS } from '@kohtaamo/core';
import { readMail, startInbox } from '../platform/mail/mail-message.test-helper.js';
import { createOutboxWorker, smtpTransport } from '../platform/mail/outbox.worker.js';
import { anonymiseBookingsBefore } from './booking.repository.js';
import { expectStatus, startBooking, type BookingHarness } from './booking.test-support.js';

let h: BookingHarness;
const S = '/api/v1/staff/booking';
const apply = (roundId: string, body: object) => h.call('POST', `${ROUND_PATHS.rounds}/${roundId}/applications`, { resourceId: 'school-gym-a', weekday: 2, start: '18:00', end: '19:30', organisation: 'Heinolan Sähly ry', name: 'Sanna Sähly', email: 'sanna@example.fi', ...body });
const newRound = async (name: string) =>
  expectStatus(h.staff('POST', `${S}/units/school/rounds`, { name, periodStart: '2026-11-02', periodEnd: '2026-12-20', deadline: '2026-10-15T12:00:00.000Z' }), 201);

before(async () => {
  h = await startBooking();
});
after(async () => {
  await h?.close();
});

describe(`seasonal application rounds (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a round takes applications until its deadline, then allocates once: accepted ones become weekly series, rejected ones keep their reason, a taken evening is refused per occurrence', async () => {
    h.now = new Date('2026-10-01T06:00:00.000Z');
    const round = await newRound('Syyskausi 2026');
    assert.equal(round.open, true);
    assert.ok((await expectStatus(h.call('GET', ROUND_PATHS.rounds), 200)).items.some((r: { id: string }) => r.id === round.id), 'open rounds are public');
    // A block on one Tuesday evening of the season: the series is refused that evening only.
    await expectStatus(h.staff('POST', `${S}/spaces/school-gym/blocks`, { start: '2026-11-17T16:00:00.000Z', end: '2026-11-17T18:00:00.000Z', reason: 'Koulun juhla' }), 201);
    const first = await expectStatus(apply(round.id, {}), 201);
    const same = await expectStatus(apply(round.id, { organisation: 'Toinen seura', email: 'toinen@example.fi' }), 201);
    const other = await expectStatus(apply(round.id, { resourceId: 'school-gym-b', weekday: 4, organisation: 'Kolmas seura', email: 'kolmas@example.fi' }), 201);
    // Problems with pointers: a resource of another unit, an end before the start.
    const foreign = await apply(round.id, { resourceId: 'library-room-1' });
    assert.equal(foreign.status, 422);
    assert.equal(((await foreign.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/resourceId');
    assert.equal((await apply(round.id, { start: '19:00', end: '18:00' })).status, 422);
    // Before the deadline staff may not allocate.
    const early = await h.staff('POST', `${S}/rounds/${round.id}/allocate`, { decisions: [{ applicationId: first.id, accept: true }] });
    assert.equal(early.status, 409);
    h.now = new Date('2026-10-16T06:00:00.000Z');
    assert.equal((await apply(round.id, {})).status, 409, 'after the deadline');
    // A rejection needs a reason.
    const noReason = await h.staff('POST', `${S}/rounds/${round.id}/allocate`, { decisions: [{ applicationId: other.id, accept: false }] });
    assert.equal(noReason.status, 422);
    assert.equal(((await noReason.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/decisions/0/reason');
    const listed = await expectStatus(h.staff('GET', `${S}/rounds/${round.id}/applications`), 200);
    assert.equal(listed.items.length, 3);

    const allocated = await expectStatus(
      h.staff('POST', `${S}/rounds/${round.id}/allocate`, {
        decisions: [
          { applicationId: first.id, accept: true },
          { applicationId: same.id, accept: true },
          { applicationId: other.id, accept: false, reason: 'Torstait ovat koulun käytössä.' },
        ],
      }, h.handler),
      200,
    );
    const byId = new Map(allocated.items.map((a: { id: string }) => [a.id, a]));
    const a1 = byId.get(first.id) as { status: string; seriesId: string; acceptedCount: number; rejectedOccurrences: { date: string; rule: string; detail: string }[] };
    // Seven Tuesdays from 3.11. to 15.12.; 17.11. is blocked.
    assert.equal(a1.status, 'accepted');
    assert.equal(a1.acceptedCount, 6);
    assert.deepEqual(a1.rejectedOccurrences.map((o) => [o.date, o.rule]), [['2026-11-17', 'conflict.block']]);
    assert.ok(a1.rejectedOccurrences[0]!.detail.length > 0);
    // The second application for the same evenings: every occurrence is taken by the first.
    const a2 = byId.get(same.id) as { status: string; acceptedCount: number; rejectedOccurrences: { rule: string }[] };
    assert.equal(a2.acceptedCount, 0);
    assert.equal(a2.rejectedOccurrences.length, 7);
    assert.ok(a2.rejectedOccurrences.every((o) => o.rule.startsWith('conflict.')));
    assert.deepEqual(byId.get(other.id), { ...(byId.get(other.id) as object), status: 'rejected', reason: 'Torstait ovat koulun käytössä.' });
    // The series' bookings are confirmed, 18:00 Helsinki time on each Tuesday, on behalf of staff.
    const rows = await h.database.handle.db.selectFrom('booking_bookings').select(['start_at', 'status', 'on_behalf_by']).where('series_id', '=', a1.seriesId).orderBy('start_at').execute();
    assert.equal(rows.length, 6);
    assert.ok(rows.every((r) => r.status === 'confirmed' && r.on_behalf_by !== null));
    assert.equal(rows[0]!.start_at, '2026-11-03T16:00:00.000Z');
    // Allocated once: again is refused.
    assert.equal((await h.staff('POST', `${S}/rounds/${round.id}/allocate`, { decisions: [{ applicationId: other.id, accept: true }] })).status, 409);
    const after = await expectStatus(h.staff('GET', `${S}/rounds?unit=school`), 200);
    assert.equal(after.items.find((r: { id: string }) => r.id === round.id).status, 'allocated');
    // A library handler may not see the school's round.
    assert.equal((await h.staff('GET', `${S}/rounds/${round.id}/applications`, undefined, h.libraryHandler)).status, 403);
    // Retention: once the season ended before the cutoff, the applicants' contacts go; the decision stays.
    await anonymiseBookingsBefore(h.database.handle.db, new Date('2027-01-01T00:00:00.000Z'), new Date('2027-04-01T00:00:00.000Z'));
    const kept = await h.database.handle.db.selectFrom('booking_applications').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    assert.equal(kept.email, null);
    assert.equal(kept.status, 'accepted');
  });

  test('a round is refused by its field as the console refuses it (422 problem+json): a deadline already past, a deadline not before the season, a season ending before it starts; in the asker\'s language', async () => {
    h.now = new Date('2026-10-20T09:00:00.000Z');
    const open = (body: object, lang = 'fi') =>
      h.call('POST', `${S}/units/school/rounds`, { name: 'Talvikausi', periodStart: '2027-01-11', periodEnd: '2027-03-28', deadline: '2026-12-01T14:00:00.000Z', ...body }, { Authorization: `Bearer ${h.handler}`, 'Accept-Language': lang });
    const refused = async (response: Response) => {
      assert.equal(response.status, 422);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const body = (await response.json()) as { type: string; code: string; errors: { pointer: string; code: string; detail: string }[] };
      assert.equal(body.errors.length, 1);
      return { code: body.code, pointer: body.errors[0]!.pointer, detail: body.errors[0]!.detail };
    };
    const texts = { fi: 'tulevaisuudessa', sv: 'i framtiden', en: 'in the future' };
    for (const [lang, words] of Object.entries(texts)) {
      // The deadline passed this morning (and a minute ago): no association could apply.
      const past = await refused(await open({ deadline: '2026-10-20T06:00:00.000Z' }, lang));
      assert.deepEqual([past.code, past.pointer], ['booking.round.deadlinePast', '#/deadline']);
      assert.ok(past.detail.includes(words), `${lang}: ${past.detail}`);
    }
    assert.equal((await refused(await open({ deadline: '2026-10-20T08:59:00.000Z' }))).code, 'booking.round.deadlinePast');
    // Exactly now is past too: the round would be closed when it opens.
    assert.equal((await refused(await open({ deadline: h.now.toISOString() }))).code, 'booking.round.deadlinePast');
    assert.deepEqual(Object.values(await refused(await open({ deadline: '2027-01-11T06:00:00.000Z' }, 'en'))), ['booking.round.deadlineLate', '#/deadline', 'Applications must close before the first day of the season.']);
    assert.deepEqual((await refused(await open({ periodEnd: '2027-01-01' }))).pointer, '#/periodEnd');
    // Nothing of the refused ones was kept; a deadline a minute ahead opens the round.
    const kept = await h.database.handle.db.selectFrom('booking_rounds').select('id').where('name', '=', 'Talvikausi').execute();
    assert.equal(kept.length, 0);
    const made = (await expectStatus(open({ deadline: '2026-10-20T09:01:00.000Z' }), 201)) as { open: boolean };
    assert.equal(made.open, true);
  });

  test('only one allocation of a round: 8 concurrent allocations, exactly one 200, the rest 409, one series, no overlapping occupancy', async () => {
    h.now = new Date('2026-10-01T06:00:00.000Z');
    const round = await expectStatus(h.staff('POST', `${S}/units/school/rounds`, { name: 'Kevätkausi', periodStart: '2027-01-11', periodEnd: '2027-03-28', deadline: '2026-10-15T12:00:00.000Z' }), 201);
    const application = await expectStatus(apply(round.id, { weekday: 3, start: '19:00', end: '20:30' }), 201);
    h.now = new Date('2026-10-16T06:00:00.000Z');
    const answers = await Promise.all(Array.from({ length: 8 }, () => h.staff('POST', `${S}/rounds/${round.id}/allocate`, { decisions: [{ applicationId: application.id, accept: true }] })));
    const statuses = answers.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 409, 409, 409, 409, 409, 409, 409]);
    const series = await h.database.handle.db.selectFrom('booking_bookings').select('series_id').distinct().where('start_at', '>=', '2027-01-11T00:00:00.000Z').where('start_at', '<', '2027-03-29T00:00:00.000Z').where('resource_id', '=', 'school-gym-a').execute();
    assert.equal(series.length, 1);
    const occupancy = await h.database.handle.db.selectFrom('booking_occupancy').selectAll().execute();
    for (const a of occupancy)
      for (const b of occupancy) if (a.owner_id < b.owner_id && a.leaf_id === b.leaf_id) assert.ok(Number(a.end_ms) <= Number(b.start_ms) || Number(b.end_ms) <= Number(a.start_ms), `${a.owner_id} overlaps ${b.owner_id}`);
  });

  test('the decisions are mailed through the outbox: a series across the October clock change keeps 18:00 in its .ics, a rejection carries its reason in the applicant\'s language', async () => {
    h.now = new Date('2026-09-01T06:00:00.000Z');
    const round = await expectStatus(h.staff('POST', `${S}/units/school/rounds`, { name: 'Syyskausi 2026', periodStart: '2026-10-05', periodEnd: '2026-11-08', deadline: '2026-09-20T12:00:00.000Z' }), 201);
    const yes = await expectStatus(apply(round.id, { resourceId: 'school-gym-b', weekday: 1, start: '18:00', end: '19:30', organisation: 'Heinolan Latu ry', name: 'Lauri Latu', email: 'lauri@example.fi', lang: 'fi' }), 201);
    const no = await expectStatus(apply(round.id, { resourceId: 'school-gym-b', weekday: 1, start: '19:30', end: '21:00', organisation: 'Schackklubben', name: 'Stina Schack', email: 'stina@example.fi', lang: 'sv' }), 201);
    h.now = new Date('2026-09-21T06:00:00.000Z');
    await expectStatus(h.staff('POST', `${S}/rounds/${round.id}/allocate`, { decisions: [{ applicationId: yes.id, accept: true }, { applicationId: no.id, accept: false, reason: 'Salen är bokad för skolans klubbar.' }] }), 200);
    const listed = await expectStatus(h.staff('GET', `${S}/rounds/${round.id}/applications`), 200);
    const status = new Map(listed.items.map((a: { id: string; status: string }) => [a.id, a.status]));
    assert.deepEqual([status.get(yes.id), status.get(no.id)], ['accepted', 'rejected']);

    /** The plain text of a mail (of its first part when it has an attachment), decoded. */
    const textOf = (raw: string) => {
      const part = /\r?\n--[^\r\n]+\r?\n(Content-Type: text\/plain[\s\S]*?)(?=\r?\n--)/.exec(raw)?.[1];
      return part ? readMail(part).text : readMail(raw).text;
    };
    const inbox = await startInbox();
    try {
      const worker = createOutboxWorker({ db: h.database.handle.db, kind: h.database.kind, transport: smtpTransport(inbox.url), from: 'Heinolan kaupunki <no-reply@heinola.fi>', logger: { error: () => undefined } });
      while ((await worker.runOnce()) > 0);
      await worker.stop();
      const granted = inbox.mails.find((m) => m.to.includes('lauri@example.fi'))!;
      assert.equal(granted.subject, 'Vuoro myönnetty: Liikuntasali, B-puoli');
      assert.match(textOf(granted.raw), /Heinolan Latu ry sai hakemansa vuoron hakukierroksella Syyskausi 2026: .*maanantai klo 18:00–19:30, 5 kertaa 5\.10\.2026–8\.11\.2026/);
      assert.match(textOf(granted.raw), /Varauskoodinne: \S+/);
      const part = /filename=vuorot\.ics[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(granted.raw)?.[1] ?? '';
      const ics = Buffer.from(part.replace(/\s+/g, ''), 'base64').toString('utf8');
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      // 18:00 in Helsinki is 15:00Z in summer time and 16:00Z after the clock goes back on 25 October.
      assert.deepEqual(
        events.map((e) => e.startDate.toJSDate().toISOString()).sort(),
        ['2026-10-05T15:00:00.000Z', '2026-10-12T15:00:00.000Z', '2026-10-19T15:00:00.000Z', '2026-10-26T16:00:00.000Z', '2026-11-02T16:00:00.000Z'],
      );
      assert.ok(events.every((e) => e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime() === 90 * 60_000));
      const refused = inbox.mails.find((m) => m.to.includes('stina@example.fi'))!;
      assert.equal(refused.subject, 'Turansökan godkändes inte: Idrottssal, B-sidan');
      assert.match(textOf(refused.raw), /Motivering: Salen är bokad för skolans klubbar\./);
      assert.ok(!refused.raw.includes('text/calendar'), 'no calendar entries for a rejection');
    } finally {
      await inbox.close();
    }
  });
});
