import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { BOOKING_RULES, occupancyOf, priceOf, validateBooking, canStillCancel, type BookingContext, type Occupancy } from './booking.logic.js';
import { bookingViolationText } from './booking.messages.js';
import { parseWall, MINUTE_MS } from './helsinki-time.js';
import { SpaceTree } from './space.logic.js';
import { hours, resource, space } from './booking.test-support.js';

const now = parseWall('2026-10-01T12:00');
const at = (text: string) => parseWall(text);
const fields = { name: 'Aino', email: 'aino@example.fi' };

function context(extra: Partial<BookingContext> = {}, rules = {}): BookingContext {
  return { resource: resource(rules), hours: hours(), leaves: ['room'], capacity: 12, now, occupied: [], ...extra };
}
const rule = (c: BookingContext, start: string, end: string, more = {}) =>
  validateBooking(c, { start: at(start), end: at(end), fields, personKey: 'p1', ...more })?.rule ?? null;

test('each rule, in the documented order, with its message in fi, sv and en', () => {
  const c = context({ occupied: [{ start: at('2026-10-05T10:00'), end: at('2026-10-05T12:00'), leaves: ['room'], kind: 'booking', personKey: 'p2' }, { start: at('2026-10-06T10:00'), end: at('2026-10-06T12:00'), leaves: ['room'], kind: 'block' }] });
  assert.equal(rule(context({ resource: { ...resource(), active: false } }), '2026-10-05T10:00', '2026-10-05T11:00'), 'resource.inactive');
  assert.equal(rule(c, '2026-10-05T10:00', '2026-10-05T10:00'), 'time.order');
  assert.equal(rule(c, '2026-10-05T10:10', '2026-10-05T11:10'), 'time.grid');
  assert.equal(rule(c, '2026-10-05T10:00', '2026-10-05T10:30'), 'duration.min');
  assert.equal(rule(c, '2026-10-05T10:00', '2026-10-05T14:30'), 'duration.max');
  assert.equal(rule(c, '2026-09-30T10:00', '2026-09-30T11:00'), 'window.past');
  assert.equal(rule(c, '2026-10-01T12:30', '2026-10-01T13:30'), 'window.lead');
  assert.equal(rule(c, '2027-12-01T12:00', '2027-12-01T13:00'), 'window.ahead');
  assert.equal(rule(c, '2026-10-05T21:30', '2026-10-05T22:30'), 'hours.closed');
  assert.equal(rule(c, '2026-10-07T10:00', '2026-10-07T11:00', { fields: { name: 'Aino' } }), 'form.required');
  assert.equal(rule(c, '2026-10-07T10:00', '2026-10-07T11:00', { attendees: 13 }), 'capacity');
  const limited = context({ ...c, resource: resource({ maxActivePerPerson: 1 }) });
  assert.equal(rule(limited, '2026-10-07T10:00', '2026-10-07T11:00', { personKey: 'p2' }), 'limit.active');
  assert.equal(rule(c, '2026-10-06T11:00', '2026-10-06T12:00'), 'conflict.block');
  assert.equal(rule(c, '2026-10-05T11:00', '2026-10-05T12:00'), 'conflict.booking');
  assert.equal(rule(c, '2026-10-05T12:00', '2026-10-05T13:00'), null, 'back to back is fine');
  // Staff skip the resident-only rules.
  assert.equal(validateBooking(limited, { start: at('2026-10-01T12:30'), end: at('2026-10-01T13:30'), fields, personKey: 'p2', staff: true }), null);
  assert.equal(BOOKING_RULES.length, 14);
  const v = validateBooking(c, { start: at('2026-10-05T10:00'), end: at('2026-10-05T10:30'), fields })!;
  assert.equal(bookingViolationText('fi', v), 'Varauksen pitää kestää vähintään 60 minuuttia.');
  assert.equal(bookingViolationText('sv', v), 'Bokningen ska vara minst 60 minuter.');
  assert.equal(bookingViolationText('en', v), 'A booking lasts at least 60 minutes.');
  assert.equal(v.pointer, '/end');
});

test('the first failing rule wins when several fail', () => {
  const c = context({ occupied: [{ start: at('2026-10-05T10:00'), end: at('2026-10-05T12:00'), leaves: ['room'], kind: 'booking' }] });
  // Off the grid, too short, and taken: the grid is reported.
  assert.equal(rule(c, '2026-10-05T10:10', '2026-10-05T10:40'), 'time.grid');
});

test('buffers: a 30-minute cleaning time after a booking keeps the next one away', () => {
  const rules = { bufferAfterMinutes: 30 };
  const taken = occupancyOf(at('2026-10-05T10:00'), at('2026-10-05T12:00'), { bufferBeforeMinutes: 0, bufferAfterMinutes: 30 });
  const c = context({ occupied: [{ ...taken, leaves: ['room'], kind: 'booking' }] }, rules);
  assert.equal(rule(c, '2026-10-05T12:00', '2026-10-05T13:00'), 'conflict.booking');
  assert.equal(rule(c, '2026-10-05T12:30', '2026-10-05T13:30'), null);
  // The new booking's own buffer reaches an existing booking too.
  assert.equal(rule(c, '2026-10-05T09:00', '2026-10-05T10:00'), 'conflict.booking');
});

test('parent and sub-spaces: the whole gym clashes with either half, the halves not with each other', () => {
  const tree = new SpaceTree([space('gym', null), space('gym-a', 'gym'), space('gym-b', 'gym')]);
  const halfA: Occupancy = { start: at('2026-10-05T18:00'), end: at('2026-10-05T20:00'), leaves: tree.leavesOf('gym-a'), kind: 'booking' };
  const asWhole = context({ leaves: tree.leavesOf('gym'), occupied: [halfA] });
  const asHalfB = context({ leaves: tree.leavesOf('gym-b'), occupied: [halfA] });
  assert.equal(rule(asWhole, '2026-10-05T19:00', '2026-10-05T20:00'), 'conflict.booking');
  assert.equal(rule(asHalfB, '2026-10-05T19:00', '2026-10-05T20:00'), null);
});

test('overnight bookings are possible where the opening hours run past midnight', () => {
  const late = hours({ periods: [{ kind: 'normal', spans: [{ weekdays: [5], start: '18:00', end: '03:00' }] }] });
  const c = context({ hours: late });
  assert.equal(rule(c, '2026-10-02T22:00', '2026-10-03T01:00'), null);
});

test('property: bookings accepted one after another never overlap on a shared leaf', () => {
  const tree = new SpaceTree([space('hall', null), space('a', 'hall'), space('b', 'hall'), space('c', 'b'), space('d', 'b')]);
  const ids = ['hall', 'a', 'b', 'c', 'd'];
  const candidate = fc.record({ space: fc.constantFrom(...ids), slot: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 2, max: 8 }), buffer: fc.constantFrom(0, 30) });
  fc.assert(
    fc.property(fc.array(candidate, { maxLength: 60 }), (list) => {
      const occupied: Occupancy[] = [];
      const kept: { start: number; end: number; leaves: readonly string[] }[] = [];
      for (const c of list) {
        const start = at('2026-10-05T08:00') + c.slot * 30 * MINUTE_MS;
        const end = start + c.length * 30 * MINUTE_MS;
        const leaves = tree.leavesOf(c.space);
        const ctx = context({ leaves, occupied, resource: resource({ bufferAfterMinutes: c.buffer, maxMinutes: 600 }) });
        if (validateBooking(ctx, { start, end, fields }) === null) {
          occupied.push({ ...occupancyOf(start, end, { bufferBeforeMinutes: 0, bufferAfterMinutes: c.buffer }), leaves, kind: 'booking' });
          kept.push({ start, end, leaves });
        }
      }
      for (let i = 0; i < kept.length; i++)
        for (let j = i + 1; j < kept.length; j++) {
          const x = kept[i]!;
          const y = kept[j]!;
          if (x.leaves.some((l) => y.leaves.includes(l))) assert.ok(x.end <= y.start || y.end <= x.start);
        }
    }),
    { numRuns: 300 },
  );
});

test('price with a discount group, and the cancellation deadline', () => {
  const r = resource({}, { price: { centsPerHour: 2000, discountGroups: [{ id: 'association', name: { fi: 'Yhdistys', sv: 'Förening', en: 'Association' }, percent: 100 }, { id: 'youth', name: { fi: 'Nuoret', sv: 'Unga', en: 'Youth' }, percent: 50 }] } });
  assert.equal(priceOf(r, 90), 3000);
  assert.equal(priceOf(r, 90, 'youth'), 1500);
  assert.equal(priceOf(r, 90, 'association'), 0);
  assert.ok(canStillCancel({ cancellationDeadlineHours: 24 }, at('2026-10-05T10:00'), at('2026-10-04T10:00')));
  assert.ok(!canStillCancel({ cancellationDeadlineHours: 24 }, at('2026-10-05T10:00'), at('2026-10-04T10:01')));
});
