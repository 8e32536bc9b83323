import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber, formatWall, parseWall } from './helsinki-time.js';
import { compileOpeningHours, type OpeningHours } from './opening-hours.js';

const library: OpeningHours = {
  periods: [
    { kind: 'normal', name: 'all year', spans: [{ weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '20:00' }, { weekdays: [6], start: '10:00', end: '16:00' }] },
    { kind: 'normal', name: 'summer', start: '2026-06-01', end: '2026-08-15', spans: [{ weekdays: [1, 2, 3, 4, 5], start: '10:00', end: '18:00' }] },
    { kind: 'exception', name: 'inventory', start: '2026-09-14', end: '2026-09-14', spans: [] },
    { kind: 'exception', name: 'long night', start: '2026-09-18', end: '2026-09-18', spans: [{ start: '18:00', end: '02:00' }] },
  ],
};
const show = (list: { start: number; end: number }[]) => list.map((i) => `${formatWall(i.start)}–${formatWall(i.end)}`);
const day = (date: string) => [parseWall(`${date}T00:00`), parseWall(`${date}T23:59`) + 60000] as const;

test('a weekday of the all-year period, a Saturday, and a closed Sunday', () => {
  const h = compileOpeningHours(library);
  assert.deepEqual(show(h.intervals(...day('2026-09-15'))), ['2026-09-15T08:00–2026-09-15T20:00']);
  assert.deepEqual(show(h.intervals(...day('2026-09-19'))), ['2026-09-19T00:00–2026-09-19T02:00', '2026-09-19T10:00–2026-09-19T16:00']);
  assert.deepEqual(h.intervals(...day('2026-09-20')), []);
});

test('the shorter summer period overrides the all-year period; an exception closes a day', () => {
  const h = compileOpeningHours(library);
  assert.deepEqual(show(h.intervals(...day('2026-07-01'))), ['2026-07-01T10:00–2026-07-01T18:00']);
  assert.deepEqual(h.intervals(...day('2026-07-04')), [], 'no Saturday span in summer');
  assert.deepEqual(h.intervals(...day('2026-09-14')), []);
});

test('an exception replaces the day; its overnight span runs into the next day and covers a booking across midnight', () => {
  const h = compileOpeningHours(library);
  assert.deepEqual(show(h.intervals(parseWall('2026-09-18T00:00'), parseWall('2026-09-19T12:00'))), ['2026-09-18T18:00–2026-09-19T02:00', '2026-09-19T10:00–2026-09-19T12:00']);
  assert.ok(h.covers(parseWall('2026-09-18T23:00'), parseWall('2026-09-19T01:00')));
  assert.ok(!h.covers(parseWall('2026-09-18T23:00'), parseWall('2026-09-19T03:00')));
});

test('Finnish holidays close the unit unless told otherwise; an exception beats a holiday', () => {
  const h = compileOpeningHours(library);
  assert.deepEqual(h.intervals(...day('2026-12-24')), [], 'Christmas Eve (Thursday)');
  assert.deepEqual(h.intervals(...day('2026-04-03')), [], 'Good Friday');
  assert.deepEqual(h.intervals(...day('2026-05-14')), [], 'Ascension Day (Thursday)');
  const shortDays = compileOpeningHours({ ...library, holidays: [{ start: '10:00', end: '14:00' }] });
  assert.deepEqual(show(shortDays.intervals(...day('2026-12-24'))), ['2026-12-24T10:00–2026-12-24T14:00']);
  const openOnEve = compileOpeningHours({ periods: [...library.periods, { kind: 'exception', start: '2026-06-19', end: '2026-06-19', spans: [{ start: '09:00', end: '12:00' }] }] });
  assert.deepEqual(show(openOnEve.intervals(...day('2026-06-19'))), ['2026-06-19T09:00–2026-06-19T12:00']);
});

test('every second Tuesday, counted from the week the period starts', () => {
  const h = compileOpeningHours({ periods: [{ kind: 'normal', start: '2026-09-01', spans: [{ weekdays: [2], start: '17:00', end: '19:00', weekInterval: 2 }] }], holidays: 'ignore' });
  const tuesdays = ['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22'].map((d) => h.spansOf(dayNumber(d)).length);
  assert.deepEqual(tuesdays, [1, 0, 1, 0]);
});

test('opening hours keep their wall-clock times across the October clock change', () => {
  const h = compileOpeningHours(library);
  const week = h.intervals(parseWall('2026-10-22T00:00'), parseWall('2026-10-28T00:00'));
  assert.ok(show(week).includes('2026-10-26T08:00–2026-10-26T20:00'));
  assert.ok(show(week).includes('2026-10-23T08:00–2026-10-23T20:00'));
});
