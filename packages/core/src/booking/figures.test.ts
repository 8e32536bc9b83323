import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { areaFigures, utilisation } from './figures.js';
import { compileOpeningHours } from './opening-hours.js';
import { parseWall } from './helsinki-time.js';
import { space } from './booking.test-support.js';
import type { Space } from './space.schema.js';

const library: Space[] = [
  space('lib', null, { areaM2: 400, access: 'open', purposes: ['meeting-place'] }),
  space('lib-cafe', 'lib', { areaM2: 120, access: 'open', purposes: ['cafe', 'meeting-place'] }),
  space('lib-hall', 'lib', { areaM2: 280, access: 'open', purposes: ['study'] }),
  space('lib-rooms', null, { areaM2: 60 }),
  space('lib-room-1', 'lib-rooms', { areaM2: 25, purposes: ['meeting-room'] }),
  space('lib-room-2', 'lib-rooms', { areaM2: 35, purposes: ['meeting-room'] }),
];

test('m² of open access counts leaf spaces only; meeting places are leaves too', () => {
  const f = areaFigures([{ id: 'library' }], library);
  assert.equal(f.openAccessM2, 400, 'café 120 + hall 280, not the library 400 again');
  assert.equal(f.bookableM2, 60);
  assert.equal(f.meetingPlaces, 3, 'the café and two meeting rooms');
});

test('property: splitting a leaf into parts with the same area never changes the m²', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ area: fc.integer({ min: 1, max: 500 }), open: fc.boolean(), parts: fc.integer({ min: 0, max: 3 }) }), { maxLength: 20 }), (rows) => {
      const flat: Space[] = rows.map((r, i) => space(`s${i}`, null, { areaM2: r.area, access: r.open ? 'open' : 'bookable' }));
      const split: Space[] = rows.flatMap((r, i) => {
        const parent = space(`s${i}`, null, { areaM2: r.area, access: r.open ? 'open' : 'bookable' });
        if (r.parts === 0) return [parent];
        const part = r.area / r.parts;
        return [parent, ...Array.from({ length: r.parts }, (_, k) => space(`s${i}-${k}`, `s${i}`, { areaM2: part, access: parent.access }))];
      });
      const a = areaFigures([{ id: 'library' }], flat);
      const b = areaFigures([{ id: 'library' }], split);
      assert.ok(Math.abs(a.openAccessM2 - b.openAccessM2) < 0.2);
      assert.ok(Math.abs(a.bookableM2 - b.bookableM2) < 0.2);
    }),
  );
});

test('utilisation per leaf space and month counts overlapping bookings once, within opening hours', () => {
  const hours = compileOpeningHours({ periods: [{ kind: 'normal', spans: [{ start: '08:00', end: '18:00' }] }], holidays: 'ignore' });
  const bookings = [
    { start: parseWall('2026-10-05T10:00'), end: parseWall('2026-10-05T15:00'), leaves: ['lib-room-1'] },
    { start: parseWall('2026-10-05T12:00'), end: parseWall('2026-10-05T20:00'), leaves: ['lib-room-1'] },
    { start: parseWall('2026-10-06T08:00'), end: parseWall('2026-10-06T18:00'), leaves: ['lib-room-1', 'lib-room-2'] },
  ];
  const rows = utilisation({ spaces: library, bookings, months: ['2026-10'], openIntervals: (_s, from, to) => hours.intervals(from, to) });
  const room1 = rows.find((r) => r.spaceId === 'lib-room-1')!;
  assert.equal(room1.openHours, 310);
  assert.equal(room1.bookedHours, 20);
  assert.equal(room1.share, Math.round((18 / 310) * 1000) / 1000);
  assert.equal(rows.find((r) => r.spaceId === 'lib-room-2')!.bookedHours, 10);
  assert.equal(rows.some((r) => r.spaceId === 'lib' || r.spaceId === 'lib-rooms'), false);
});

test('property: utilisation over many months equals month by month and an hour grid, bookings across month ends included', () => {
  const hours = compileOpeningHours({ periods: [{ kind: 'normal', spans: [{ start: '08:00', end: '22:00' }] }], holidays: 'ignore' });
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
  const base = parseWall('2026-01-01T00:00');
  fc.assert(
    fc.property(
      fc.array(
        fc.record({ at: fc.integer({ min: -3 * 24, max: 190 * 24 }), hours: fc.integer({ min: 1, max: 80 }), rooms: fc.subarray(['lib-room-1', 'lib-room-2'], { minLength: 1 }) }),
        { maxLength: 60 },
      ),
      (list) => {
        const bookings = list.map((b) => ({ start: base + b.at * 3_600_000, end: base + (b.at + b.hours) * 3_600_000, leaves: b.rooms }));
        const openIntervals = (_s: Space, from: number, to: number) => hours.intervals(from, to);
        const together = utilisation({ spaces: library, bookings, months, openIntervals });
        const oneByOne = months.flatMap((m) => utilisation({ spaces: library, bookings, months: [m], openIntervals }));
        const key = (r: { spaceId: string; month: string }) => `${r.spaceId} ${r.month}`;
        assert.deepEqual([...together].sort((a, b) => key(a).localeCompare(key(b))), [...oneByOne].sort((a, b) => key(a).localeCompare(key(b))));
        // Against an hour grid (every booking starts and ends on a whole hour): an hour of a
        // room's month is booked when any booking covers it, and counts for the share when it
        // lies within 08–22 Helsinki time.
        const localHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', hourCycle: 'h23' });
        const localMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' });
        for (const room of ['lib-room-1', 'lib-room-2']) {
          const covered = new Set<number>();
          for (const b of bookings) if (b.leaves.includes(room)) for (let t = b.start; t < b.end; t += 3_600_000) covered.add(t);
          for (const month of months) {
            const inMonth = [...covered].filter((t) => localMonth.format(new Date(t)).slice(0, 7) === month);
            const row = together.find((r) => r.spaceId === room && r.month === month)!;
            assert.equal(row.bookedHours, inMonth.length, `${room} ${month}`);
            const withinOpen = inMonth.filter((t) => Number(localHour.format(new Date(t))) >= 8 && Number(localHour.format(new Date(t))) < 22).length;
            assert.equal(row.share, row.openHours === 0 ? 0 : Math.round((withinOpen / row.openHours) * 1000) / 1000, `${room} ${month} share`);
          }
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('three levels with an area at each (floor, wing, rooms): only the rooms are counted, once', () => {
  const tree: Space[] = [
    space('floor', null, { areaM2: 500, access: 'open', purposes: ['meeting-place'] }),
    space('wing', 'floor', { areaM2: 300, access: 'open', purposes: ['meeting-place'] }),
    space('wing-a', 'wing', { areaM2: 120, access: 'open', purposes: ['meeting-place'] }),
    space('wing-b', 'wing', { areaM2: 180, access: 'open' }),
    space('lobby', 'floor', { areaM2: 200, access: 'open', purposes: ['cafe'] }),
  ];
  const f = areaFigures([{ id: 'library' }], tree);
  assert.equal(f.openAccessM2, 500, 'wing-a 120 + wing-b 180 + lobby 200, not floor or wing again');
  assert.equal(f.meetingPlaces, 1, 'wing-a only: the floor and the wing are not leaves');
  assert.equal(f.units[0]!.spaces, 3);
});
