/**
 * The public booking figures are kept per the module's data version (ADR 0071) on both
 * databases: computed once for any number of requests, computed again after a write that
 * changes what they read (in this process or another), kept through writes that do not (a
 * block, retention, another module's rows), and sent with an ETag (304 to a client holding it).
 * The utilisation is counted where it is computed: the real computation, run in-process.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { BOOKING_PATHS } from '@kohtaamo/core';
import { DEMO_CITY } from '../platform/platform.config.js';
import { addPerson } from '../platform/staff/staff.repository.js';
import { bookingDataVersion, utilisationOf } from './booking.figures.js';
import { anonymiseBookingsBefore, createBookingRepository } from './booking.repository.js';
import { upsertUnitRegister } from './booking.register.js';
import { demoRegister } from './booking.seed.js';
import { expectStatus, person, startBooking, type BookingHarness } from './booking.test-support.js';

const P = BOOKING_PATHS;
const NOW = new Date('2026-10-01T06:00:00.000Z');
const PERIOD = `${P.figures}?from=2026-01&months=12`;
let h: BookingHarness;
let computed = 0;

before(async () => {
  h = await startBooking(NOW, {
    utilisation: async (job) => {
      computed++;
      return utilisationOf(job);
    },
  });
});
after(async () => h?.close());

type Figures = { utilisation: { spaceId: string; month: string; bookedHours: number }[] };
const octoberHours = (f: Figures) => f.utilisation.find((r) => r.spaceId === 'library-room-1' && r.month === '2026-10')!.bookedHours;

test(`figures are kept per the booking data version, recomputed when a booking or the register changes (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const db = h.database.handle.db;
  const get = (etag?: string) => h.call('GET', PERIOD, undefined, etag ? { 'If-None-Match': etag } : {});

  // Two requests and the CSV of the same period: one computation.
  const first = await get();
  assert.equal(first.status, 200);
  const etag = first.headers.get('etag')!;
  assert.match(etag, /^"[\w-]+"$/);
  const before = octoberHours((await first.json()) as Figures);
  const second = await get();
  assert.equal(second.status, 200);
  assert.equal(second.headers.get('etag'), etag);
  await expectStatus(h.call('GET', `${P.figures}.csv?from=2026-01&months=12`), 200);
  assert.equal((await get(etag)).status, 304);
  assert.equal(computed, 1, 'computed once for four requests');

  // A booking changes them: computed again, a new ETag, the hour counted.
  const made = await expectStatus(
    h.call('POST', P.bookings, { resourceId: 'library-room-1', start: '2026-10-07T07:00:00.000Z', end: '2026-10-07T08:00:00.000Z', ...person('kept') }),
    201,
  );
  assert.equal(made.status, 'confirmed');
  const afterBooking = await get(etag);
  assert.equal(afterBooking.status, 200);
  const etag2 = afterBooking.headers.get('etag')!;
  assert.notEqual(etag2, etag);
  assert.equal(octoberHours((await afterBooking.json()) as Figures), before + 1);
  assert.equal(computed, 2);

  // Writes that change nothing they read keep them: a block, retention's anonymisation, a
  // person added by the platform (on SQLite these change the whole database's version).
  const versionBefore = await bookingDataVersion(db);
  await expectStatus(h.staff('POST', `${P.staff}/spaces/school-gym/blocks`, { start: '2026-11-03T06:00:00.000Z', end: '2026-11-03T08:00:00.000Z', reason: 'Lattian hionta' }), 201);
  assert.ok((await anonymiseBookingsBefore(db, new Date('2026-10-08T00:00:00.000Z'), NOW)) > 0, 'a booking anonymised');
  await addPerson(db, { name: 'Kaino Kolmas', email: `${randomUUID()}@heinola.example` });
  assert.equal(await bookingDataVersion(db), versionBefore);
  assert.equal((await get(etag2)).status, 304);
  assert.equal(computed, 2, 'kept through writes the figures do not read');

  // A cancellation made by another process (its own connection or pool) is seen at once.
  const other = await h.database.openAnother();
  const elsewhere = createBookingRepository({ db: other.db, kind: h.database.kind, clock: () => NOW, secret: 'test', publicUrl: null, cityName: DEMO_CITY.name });
  assert.equal((await elsewhere.cancel(made.id, { staff: 'another-process' })).kind, 'ok');
  const afterCancel = await get(etag2);
  assert.equal(afterCancel.status, 200);
  assert.equal(afterCancel.headers.get('etag'), etag);
  assert.equal(octoberHours((await afterCancel.json()) as Figures), before);
  assert.equal(computed, 3);

  // The register written again (opening hours, spaces): computed again; the same bytes keep the ETag.
  assert.equal(await upsertUnitRegister(db, 'library', demoRegister(DEMO_CITY).library!, NOW), 'ok');
  assert.equal((await get(etag)).status, 304);
  assert.equal(computed, 4);
  assert.equal((await get(etag)).status, 304);
  assert.equal(computed, 4);
});
