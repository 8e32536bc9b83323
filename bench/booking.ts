// Speed of space-booking availability (issue 12): a year of one resource with a few thousand
// bookings, the question a calendar asks (free slots of a day, a week, a month, the whole
// year) and the one residents complain about elsewhere ("first free time" of a length).
//
// Baseline, measured in the same run: the naive way, trying every grid start of the period
// with validateBooking against every booking (what a per-slot check in a loop costs).
// Usage: npm run bench:booking [-- --bookings 3000 --seed 1 --json]
import { parseArgs } from 'node:util';
import {
  DAY_MS,
  MINUTE_MS,
  alignUp,
  compileOpeningHours,
  createAvailability,
  dayOf,
  mulberry32,
  occupancyOf,
  parseWall,
  validateBooking,
  type Occupancy,
  type ResourceRules,
} from '../packages/core/src/index.js';

const { values } = parseArgs({ options: { bookings: { type: 'string', default: '3000' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
const count = Number(values.bookings);
const random = mulberry32(Number(values.seed));

const rules: ResourceRules = {
  slotMinutes: 30, minMinutes: 60, maxMinutes: 240, bufferBeforeMinutes: 0, bufferAfterMinutes: 15,
  bookableDaysAhead: 366, minLeadMinutes: 60, maxActivePerPerson: null, handlingRequired: false, cancellationDeadlineHours: 24,
};
const openingHours = {
  periods: [
    { kind: 'normal' as const, spans: [{ weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '21:00' }, { weekdays: [6], start: '10:00', end: '16:00' }] },
    { kind: 'normal' as const, start: '2027-06-01', end: '2027-08-15', spans: [{ weekdays: [1, 2, 3, 4, 5], start: '10:00', end: '18:00' }] },
  ],
};
const hours = compileOpeningHours(openingHours);
const now = parseWall('2027-01-01T00:00');
const yearEnd = parseWall('2028-01-01T00:00');

// Bookings: random open times of the year, non-overlapping (accepted through validateBooking),
// 1–3 hours, until `count` are placed; the first weeks are packed full so "first free" must search.
const occupied: Occupancy[] = [];
const open = hours.intervals(now, yearEnd);
let attempts = 0;
while (occupied.length < count && attempts++ < count * 50) {
  const o = open[Math.floor(random() * open.length)]!;
  const start = alignUp(o.start + Math.floor(random() * ((o.end - o.start) / (30 * MINUTE_MS))) * 30 * MINUTE_MS, 30);
  const end = start + (2 + Math.floor(random() * 5)) * 30 * MINUTE_MS;
  if (end > o.end) continue;
  occupied.push({ ...occupancyOf(start, end, rules), leaves: ['room'], kind: 'booking', bookingStart: start });
}
// Fill the first 40 days completely, so a 3-hour "first free time" has to look past them.
for (let t = now; t < now + 40 * DAY_MS; t += DAY_MS) occupied.push({ start: t, end: t + DAY_MS, leaves: ['room'], kind: 'block' });
const busy = occupied.map((o) => ({ start: o.start, end: o.end }));

function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value!: T;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    value = fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, value };
}

const ctx = { resource: { active: true, rules, form: { fields: [], required: [] } }, hours, leaves: ['room'], capacity: 0, now, occupied };
function naiveSlots(from: number, to: number) {
  const out: number[] = [];
  for (let s = alignUp(from, 30); s < to; s = alignUp(s + 30 * MINUTE_MS, 30)) if (validateBooking(ctx, { start: s, end: s + 60 * MINUTE_MS }) === null) out.push(s);
  return out;
}
function naiveFirst(from: number, minutes: number) {
  for (let s = alignUp(from, 30); s < yearEnd; s = alignUp(s + 30 * MINUTE_MS, 30)) if (validateBooking(ctx, { start: s, end: s + minutes * MINUTE_MS }) === null) return s;
  return null;
}

const day = parseWall('2027-03-10T00:00');
const rows: { case: string; ms: number; baselineMs: number; result: string }[] = [];
const add = (name: string, fast: { ms: number; value: unknown }, base: { ms: number; value: unknown }, result: string) => rows.push({ case: name, ms: fast.ms, baselineMs: base.ms, result });

// The first call also pays for compiling the code (JIT); it is printed apart, and a few untimed
// calls warm the code up so the first case is not measured cold and the later ones warm.
const cold = time(1, () => createAvailability({ rules, hours, busy, now }).freeSlots(day, day + DAY_MS));
for (let i = 0; i < 5; i++) createAvailability({ rules, hours, busy, now }).freeSlots(now, yearEnd);
const prepared = createAvailability({ rules, hours, busy, now });
const slots = (from: number, to: number) => time(9, () => createAvailability({ rules, hours, busy, now }).freeSlots(from, to));
for (const [name, from, to] of [
  ['free slots, one day', day, day + DAY_MS],
  ['free slots, one week', day, day + 7 * DAY_MS],
  ['free slots, one month', day, day + 31 * DAY_MS],
  ['free slots, whole year', now, yearEnd],
] as const) {
  const fast = slots(from, to);
  const base = time(name.includes('year') ? 1 : 3, () => naiveSlots(from, to));
  if (fast.value.length !== base.value.length) throw new Error(`${name}: ${fast.value.length} slots, baseline ${base.value.length}`);
  add(name, fast, base, `${fast.value.length} slots`);
}
const first = time(9, () => createAvailability({ rules, hours, busy, now }).firstFree(now, 180));
const firstBase = time(1, () => naiveFirst(now, 180));
if (first.value?.start !== firstBase.value) throw new Error('first free differs from the baseline');
add('first free 3 h (first 40 days full)', first, firstBase, new Date(first.value!.start).toISOString());
const cells = time(9, () => prepared.dayCells(dayOf(day)));
add('day cells (prepared)', cells, { ms: NaN, value: null }, `${cells.value.length} cells`);
add('free slots, one day, first call (cold)', cold, { ms: NaN, value: null }, `${cold.value.length} slots`);

if (values.json) console.log(JSON.stringify({ bookings: occupied.length, rows }, null, 2));
else {
  console.log(`Availability of one resource over a year: ${occupied.length - 40} bookings + 40 blocked days, slot 30 min, buffer 15 min (median of runs, includes preparing)`);
  console.log('case'.padEnd(40) + 'ms'.padStart(10) + 'baseline ms'.padStart(14) + '  result');
  for (const r of rows) console.log(r.case.padEnd(40) + r.ms.toFixed(3).padStart(10) + (Number.isNaN(r.baselineMs) ? '—' : r.baselineMs.toFixed(1)).padStart(14) + '  ' + r.result);
}
