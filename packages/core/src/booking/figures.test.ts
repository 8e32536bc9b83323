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
