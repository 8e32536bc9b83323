/**
 * The space finder's server side (issue 12, ADR 0041) on a real database: what is free when
 * (a day, a time and a length → the resources with a free start, by core's availability, also
 * across a space and its sub-spaces), and the figures as open data with the names they are
 * read by and no personal data.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOOKING_FREE_PATH, BOOKING_PATHS, parseWall } from '@kohtaamo/core';
import { expectStatus, person, startBooking, type BookingHarness } from './booking.test-support.js';

let h: BookingHarness;
const P = BOOKING_PATHS;
const at = (wall: string) => new Date(parseWall(wall)).toISOString();
const book = (resourceId: string, start: string, end: string, who: object = person(1)) => h.call('POST', P.bookings, { resourceId, start: at(start), end: at(end), ...who });
type Item = { resourceId: string; start: string; end: string; exact: boolean };
const free = async (query: string): Promise<Item[]> => (await expectStatus(h.call('GET', `${BOOKING_FREE_PATH}?${query}`), 200)).items;
const byId = (items: Item[]) => Object.fromEntries(items.map((i) => [i.resourceId, i]));
/** The pointer of a problem's first field error (Node's fetch types the body as unknown). */
const firstPointer = async (r: Response) => ((await r.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer;

before(async () => {
  h = await startBooking();
});
after(async () => {
  await h?.close();
});

describe(`space finder over HTTP (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('what is free when: a meeting room taken at ten is offered from twelve, the other at ten; both rooms together only from twelve', async () => {
    await expectStatus(book('library-room-1', '2026-10-05T10:00', '2026-10-05T12:00', person('finder-1')), 201);
    const items = byId(await free('date=2026-10-05&time=10:00&minutes=60&purpose=meeting-room'));
    assert.deepEqual(Object.keys(items).sort(), ['library-room-1', 'library-room-2', 'library-rooms-both']);
    assert.deepEqual(items['library-room-2'], { resourceId: 'library-room-2', start: at('2026-10-05T10:00'), end: at('2026-10-05T11:00'), exact: true });
    assert.equal(items['library-room-1']!.start, at('2026-10-05T12:00'));
    assert.equal(items['library-room-1']!.exact, false);
    assert.equal(items['library-rooms-both']!.start, at('2026-10-05T12:00'), 'the whole needs room 1 too');
  });

  test('the halves of the gym and the whole gym: a booked half moves the whole to after it', async () => {
    await expectStatus(book('school-gym-a', '2026-10-06T18:00', '2026-10-06T19:30', person('finder-2')), 201);
    const items = byId(await free('date=2026-10-06&time=18:00&minutes=90&purpose=sports'));
    assert.equal(items['school-gym-b']!.start, at('2026-10-06T18:00'));
    assert.equal(items['school-gym-a']!.start, at('2026-10-06T19:30'));
    assert.equal(items['school-gym']!.start, at('2026-10-06T19:30'));
    assert.ok(!('library-room-1' in items), 'the purpose filters');
  });

  test('the filter: capacity, size, step-free access, accessible toilet and induction loop; a closed day, a length the rules refuse', async () => {
    const wed = '2026-10-07';
    assert.deepEqual((await free(`date=${wed}&time=14:00&minutes=60&purpose=workshop&stepFree=true`)).map((i) => i.resourceId).sort(), ['library-room-2', 'library-rooms-both'], 'the studio has steps');
    assert.deepEqual((await free(`date=${wed}&time=14:00&minutes=60&purpose=workshop`)).map((i) => i.resourceId).sort(), ['heimo-studio', 'library-room-2', 'library-rooms-both']);
    assert.deepEqual((await free(`date=${wed}&time=14:00&minutes=60&minCapacity=10&minArea=50&unit=library`)).map((i) => i.resourceId).sort(), ['library-rooms-both'], 'room 2 is 40 m²; the stage needs a week of lead time');
    assert.deepEqual((await free(`date=${wed}&time=14:00&minutes=60&purpose=workshop&accessibleToilet=true`)).map((i) => i.resourceId).sort(), ['library-room-2', 'library-rooms-both'], 'the studio has no accessible toilet');
    assert.deepEqual((await free(`date=${wed}&time=14:00&minutes=60&purpose=workshop&accessibleToilet=false`)).map((i) => i.resourceId).sort(), ['heimo-studio', 'library-room-2', 'library-rooms-both'], '"false" asks for nothing');
    const toilet = await h.call('GET', `${BOOKING_FREE_PATH}?date=${wed}&accessibleToilet=yes`);
    assert.equal(toilet.status, 422);
    assert.equal(await firstPointer(toilet), '#/accessibleToilet');
    assert.deepEqual((await free(`date=${wed}&time=14:00&minutes=60&inductionLoop=true`)).map((i) => i.resourceId), ['library-room-1']);
    assert.deepEqual(await free('date=2026-10-04&time=10:00&minutes=60&unit=library'), [], 'the library is closed on Sundays');
    assert.deepEqual(await free(`date=${wed}&time=14:00&minutes=300&unit=library&purpose=meeting-room`).then((l) => l.map((i) => i.resourceId)), ['library-rooms-both'], 'only both rooms may be booked for five hours');
  });

  test('a time or length that is not valid is a problem with a pointer', async () => {
    const r = await h.call('GET', `${BOOKING_FREE_PATH}?date=2026-10-07&minutes=2`);
    assert.equal(r.status, 422);
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    assert.equal(await firstPointer(r), '#/minutes');
    const bad = await h.call('GET', `${BOOKING_FREE_PATH}?date=7.10.2026`);
    assert.equal(bad.status, 422);
    assert.equal(await firstPointer(bad), '#/date');
  });

  test('the figures are open data with the names of units and leaf spaces, and no personal data', async () => {
    const text = await expectStatus(h.call('GET', `${P.figures}?from=2026-10&months=1`), 200).then((j) => JSON.stringify(j));
    const f = JSON.parse(text);
    assert.deepEqual(f.units.map((u: { id: string }) => u.id), ['library', 'school', 'youth-space']);
    assert.equal(f.spaces.find((s: { id: string }) => s.id === 'library-room-1').name.sv, 'Mötesrum Jyränkö');
    assert.ok(!f.spaces.some((s: { id: string }) => s.id === 'library-ground' || s.id === 'school-gym'), 'leaf spaces only');
    assert.ok(!/@|Asukas/.test(text), 'no e-mail addresses or names of people');
    const csv = await expectStatus(h.call('GET', `${P.figures}.csv?from=2026-10&months=1`), 200);
    assert.ok(!/@|Asukas/.test(csv));
  });
});
