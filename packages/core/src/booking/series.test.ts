import assert from 'node:assert/strict';
import { test } from 'node:test';
import { occupancyOf, validateBooking, type Occupancy } from './booking.logic.js';
import { formatWall, parseWall } from './helsinki-time.js';
import { materialiseSeries, occurrencesOf } from './series.js';
import { hours, resource } from './booking.test-support.js';

test('a weekly Tuesday 18:00 series keeps 18:00 across the late-October clock change', () => {
  const list = occurrencesOf({ start: '2026-10-13T18:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4' });
  assert.deepEqual(list.map((o) => formatWall(o.start)), ['2026-10-13T18:00', '2026-10-20T18:00', '2026-10-27T18:00', '2026-11-03T18:00']);
  // In UTC the instants move by an hour on 25 October: 15:00Z in summer time, 16:00Z after.
  assert.deepEqual(list.map((o) => new Date(o.start).toISOString().slice(11, 16)), ['15:00', '15:00', '16:00', '16:00']);
  assert.deepEqual(list.map((o) => formatWall(o.end).slice(11)), ['19:30', '19:30', '19:30', '19:30']);
  // And back in March.
  const spring = occurrencesOf({ start: '2027-03-23T18:00', durationMinutes: 60, rrule: 'RRULE:FREQ=WEEKLY;COUNT=3' });
  assert.deepEqual(spring.map((o) => formatWall(o.start)), ['2027-03-23T18:00', '2027-03-30T18:00', '2027-04-06T18:00']);
});

test('UNTIL as a date includes that day; every second week; a cap on endless rules', () => {
  const until = occurrencesOf({ start: '2026-09-01T17:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20260929' });
  assert.deepEqual(until.map((o) => o.date), ['2026-09-01', '2026-09-15', '2026-09-29']);
  assert.equal(occurrencesOf({ start: '2026-09-01T17:00', durationMinutes: 60, rrule: 'FREQ=DAILY' }).length, 750);
});

test('each rejected occurrence keeps its reason: a taken evening, a block', () => {
  const rules = { maxMinutes: 240, bookableDaysAhead: 365 };
  const r = resource(rules, { openingHours: { periods: [{ kind: 'normal', spans: [{ weekdays: [1, 2, 3, 4, 5, 6], start: '08:00', end: '22:00' }] }] } });
  const h = hours(r.openingHours);
  const now = parseWall('2026-09-01T12:00');
  const occupied: Occupancy[] = [
    { ...occupancyOf(parseWall('2026-11-24T18:00'), parseWall('2026-11-24T20:00'), r.rules), leaves: ['room'], kind: 'booking' },
    { start: parseWall('2026-12-01T00:00'), end: parseWall('2026-12-02T00:00'), leaves: ['room'], kind: 'block' },
  ];
  const result = materialiseSeries(
    { start: '2026-11-03T18:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=8' },
    (o) => validateBooking({ resource: r, hours: h, leaves: ['room'], capacity: 0, now, occupied }, { start: o.start, end: o.end, fields: { name: 'Seura', email: 'seura@example.fi' } }),
    (o) => occupied.push({ ...occupancyOf(o.start, o.end, r.rules), leaves: ['room'], kind: 'booking' }),
  );
  assert.deepEqual(result.rejected.map((o) => `${o.date} ${o.violation.rule}`), ['2026-11-24 conflict.booking', '2026-12-01 conflict.block']);
  assert.equal(result.accepted.length, 6);
});

test('a series on Independence Day meets the holiday', () => {
  const r = resource();
  const h = hours({ periods: r.openingHours.periods });
  const result = materialiseSeries(
    { start: '2026-11-29T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=2' },
    (o) => validateBooking({ resource: r, hours: h, leaves: ['room'], capacity: 0, now: parseWall('2026-11-01T00:00'), occupied: [] }, { start: o.start, end: o.end, fields: { name: 'a', email: 'b' } }),
  );
  assert.deepEqual(result.rejected.map((o) => `${o.date} ${o.violation.rule}`), ['2026-12-06 hours.closed']);
});
