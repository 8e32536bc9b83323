import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { alignUp, createAvailability, subtractIntervals } from './availability.js';
import { occupancyOf, validateBooking } from './booking.logic.js';
import { dayNumber, formatWall, parseWall, MINUTE_MS } from './helsinki-time.js';
import { hours, resource, RULES } from './booking.test-support.js';
import type { OpeningHours } from './opening-hours.js';

const at = parseWall;
const weekdays: OpeningHours = { periods: [{ kind: 'normal', spans: [{ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, { weekdays: [5], start: '18:00', end: '01:00' }] }] };

test('free slots of a day, around a booking with a buffer', () => {
  const rules = { ...RULES, bufferAfterMinutes: 30 };
  const busy = [occupancyOf(at('2026-10-05T11:00'), at('2026-10-05T12:00'), rules)];
  const a = createAvailability({ rules, hours: hours(weekdays), busy, now: at('2026-10-01T12:00') });
  const slots = a.freeSlots(at('2026-10-05T00:00'), at('2026-10-06T00:00')).map((s) => formatWall(s.start).slice(11));
  // 60-minute bookings with a 30-minute buffer after: must end by 10:30 before 11:00, start after 12:30.
  assert.deepEqual(slots, ['09:00', '09:30', '12:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00']);
});

test('the first free time of a length skips full days, closed weekends and holidays', () => {
  const rules = RULES;
  const busy = [occupancyOf(at('2026-12-21T09:00'), at('2026-12-21T17:00'), rules), occupancyOf(at('2026-12-22T09:00'), at('2026-12-22T15:00'), rules)];
  const a = createAvailability({ rules, hours: hours(weekdays), busy, now: at('2026-12-18T12:00') });
  assert.equal(formatWall(a.firstFree(at('2026-12-21T00:00'), 120)!.start), '2026-12-22T15:00');
  assert.equal(formatWall(a.firstFree(at('2026-12-21T00:00'), 180)!.start), '2026-12-23T09:00');
  // 24–26 December are holidays, 27th a Sunday: a 4-hour slot from the 24th is found on the 28th.
  assert.equal(formatWall(a.firstFree(at('2026-12-24T00:00'), 240)!.start), '2026-12-28T09:00');
  // The Friday night span runs past midnight.
  assert.equal(formatWall(a.firstFree(at('2026-12-18T18:00'), 240)!.start), '2026-12-18T18:00');
  assert.equal(a.firstFree(at('2026-12-21T00:00'), 600), null, 'never open 10 hours');
});

test('day cells for the calendar grid: free, busy, closed, outside the window', () => {
  const a = createAvailability({ rules: RULES, hours: hours(weekdays), busy: [occupancyOf(at('2026-10-05T11:00'), at('2026-10-05T12:00'), RULES)], now: at('2026-10-05T09:50') });
  const cells = a.dayCells(dayNumber('2026-10-05'));
  assert.equal(cells.length, 48);
  const state = (time: string) => cells.find((c) => formatWall(c.start).endsWith(time))!.state;
  assert.equal(state('08:30'), 'closed');
  assert.equal(state('10:00'), 'outside', 'within the lead time');
  assert.equal(state('11:00'), 'busy');
  assert.equal(state('12:00'), 'free');
});

test('grid alignment is in wall-clock time, also on the clock-change days', () => {
  assert.equal(formatWall(alignUp(at('2026-10-25T02:10'), 30)), '2026-10-25T02:30');
  assert.equal(formatWall(alignUp(at('2026-03-29T02:40'), 30)), '2026-03-29T04:00');
  assert.equal(formatWall(alignUp(at('2026-03-29T05:00') + 1, 60)), '2026-03-29T06:00');
});

test('property: free slots are exactly the grid starts validateBooking accepts', () => {
  const booking = fc.record({ day: fc.integer({ min: 0, max: 6 }), slot: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 8 }) });
  fc.assert(
    fc.property(fc.array(booking, { maxLength: 25 }), fc.constantFrom(0, 15, 30), fc.constantFrom(0, 30), fc.constantFrom(30, 60, 90), (list, before, after, minMinutes) => {
      const rules = { ...RULES, bufferBeforeMinutes: before, bufferAfterMinutes: after, minMinutes };
      const base = at('2026-10-19T00:00');
      const busy = list.map((b) => {
        const start = base + b.day * 86_400_000 + (8 * 60 + b.slot * 30) * MINUTE_MS;
        return occupancyOf(start, start + b.length * 30 * MINUTE_MS, rules);
      });
      const h = hours(weekdays);
      const now = at('2026-10-19T10:10');
      const a = createAvailability({ rules, hours: h, busy, now });
      const from = base;
      const to = at('2026-10-26T12:00'); // past the clock change of 25 October
      const got = a.freeSlots(from, to).map((s) => s.start);
      const expected: number[] = [];
      const ctx = { resource: resource(rules), hours: h, leaves: ['room'], capacity: 0, now, occupied: busy.map((b) => ({ ...b, leaves: ['room'], kind: 'booking' as const })) };
      for (let s = alignUp(from, 30); s < to; s = alignUp(s + 30 * MINUTE_MS, 30)) {
        if (validateBooking(ctx, { start: s, end: s + minMinutes * MINUTE_MS, fields: { name: 'x', email: 'x' } }) === null) expected.push(s);
      }
      assert.deepEqual(got.map(formatWall), expected.map(formatWall));
    }),
    { numRuns: 150 },
  );
});

test('subtracting taken intervals', () => {
  const open = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
  assert.deepEqual(subtractIntervals(open, [{ start: 2, end: 4 }, { start: 8, end: 22 }, { start: 25, end: 40 }]), [{ start: 0, end: 2 }, { start: 4, end: 8 }, { start: 22, end: 25 }]);
});
