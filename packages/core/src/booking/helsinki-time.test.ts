import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { dayNumber, formatWall, helsinkiOffsetMinutes, instantToWall, isoDate, parseWall, wallToInstant, weekdayOf } from './helsinki-time.js';

const intl = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
function intlWall(ms: number): string {
  const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

test('the offset and wall clock agree with the tz database for any instant 1996–2037', () => {
  const minute = fc.integer({ min: Date.UTC(1996, 0, 1) / 60000, max: Date.UTC(2037, 11, 31) / 60000 });
  fc.assert(fc.property(minute, (m) => formatWall(m * 60000) === intlWall(m * 60000)), { numRuns: 5000 });
});

test('around the clock changes of 2026 (29 March, 25 October)', () => {
  assert.equal(helsinkiOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59)), 120);
  assert.equal(helsinkiOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0)), 180);
  assert.equal(helsinkiOffsetMinutes(Date.UTC(2026, 9, 25, 0, 59)), 180);
  assert.equal(helsinkiOffsetMinutes(Date.UTC(2026, 9, 25, 1, 0)), 120);
  // 18:00 is 15:00Z in summer and 16:00Z in winter.
  assert.equal(parseWall('2026-10-20T18:00'), Date.UTC(2026, 9, 20, 15));
  assert.equal(parseWall('2026-10-27T18:00'), Date.UTC(2026, 9, 27, 16));
  // The spring gap moves on by an hour; the autumn overlap means the first (summer) 03:30.
  assert.equal(formatWall(parseWall('2026-03-29T03:30')), '2026-03-29T04:30');
  assert.equal(parseWall('2026-10-25T03:30'), Date.UTC(2026, 9, 25, 0, 30));
});

test('every wall-clock minute that exists round-trips', () => {
  fc.assert(
    fc.property(fc.integer({ min: dayNumber('1996-01-01'), max: dayNumber('2037-12-31') }), fc.integer({ min: 0, max: 1439 }), (day, minutes) => {
      const t = wallToInstant(day, minutes);
      const back = instantToWall(t);
      const inGap = back.day !== day || back.minutes !== minutes;
      // Only the spring gap (03:00–03:59 on the last Sunday of March) may not round-trip.
      if (inGap) return isoDate(day).slice(5, 7) === '03' && weekdayOf(day) === 7 && minutes >= 180 && minutes < 240;
      return true;
    }),
    { numRuns: 5000 },
  );
});

test('weekdays: 1 January 2026 is a Thursday', () => {
  assert.equal(weekdayOf(dayNumber('2026-01-01')), 4);
  assert.equal(weekdayOf(dayNumber('2026-12-06')), 7);
});
