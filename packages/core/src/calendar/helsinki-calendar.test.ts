import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addDays,
  addWorkingDays,
  easterSunday,
  finnishHolidays,
  helsinkiDate,
  helsinkiStartOfDay,
  isoWeekLabel,
  isoWeekStart,
  isWorkingDay,
  workingDayNumber,
  workingDaysBetween,
} from './helsinki-calendar.js';

test('Easter Sunday matches the published dates', () => {
  const known: Record<number, string> = {
    1818: '1818-03-22', // earliest possible
    1943: '1943-04-25', // latest possible
    2000: '2000-04-23',
    2019: '2019-04-21',
    2024: '2024-03-31',
    2025: '2025-04-20',
    2026: '2026-04-05',
    2027: '2027-03-28',
    2038: '2038-04-25',
  };
  for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date, year);
});

test('Finnish holidays of 2025 are those of the real calendar', () => {
  assert.deepEqual(Object.fromEntries(finnishHolidays(2025)), {
    '2025-01-01': 'newYear',
    '2025-01-06': 'epiphany',
    '2025-04-18': 'goodFriday',
    '2025-04-20': 'easterSunday',
    '2025-04-21': 'easterMonday',
    '2025-05-01': 'mayDay',
    '2025-05-29': 'ascension',
    '2025-06-08': 'whitSunday',
    '2025-06-20': 'midsummerEve',
    '2025-06-21': 'midsummerDay',
    '2025-11-01': 'allSaints',
    '2025-12-06': 'independence',
    '2025-12-24': 'christmasEve',
    '2025-12-25': 'christmas',
    '2025-12-26': 'boxingDay',
  });
});

test('Finnish holidays of 2026 are those of the real calendar', () => {
  assert.deepEqual(Object.fromEntries(finnishHolidays(2026)), {
    '2026-01-01': 'newYear',
    '2026-01-06': 'epiphany',
    '2026-04-03': 'goodFriday',
    '2026-04-05': 'easterSunday',
    '2026-04-06': 'easterMonday',
    '2026-05-01': 'mayDay',
    '2026-05-14': 'ascension',
    '2026-05-24': 'whitSunday',
    '2026-06-19': 'midsummerEve',
    '2026-06-20': 'midsummerDay',
    '2026-10-31': 'allSaints',
    '2026-12-06': 'independence',
    '2026-12-24': 'christmasEve',
    '2026-12-25': 'christmas',
    '2026-12-26': 'boxingDay',
  });
});

test('Midsummer and All Saints fall in their windows every year', () => {
  for (let year = 2020; year <= 2040; year++) {
    const byName = new Map([...finnishHolidays(year)].map(([date, name]) => [name, date]));
    const eve = byName.get('midsummerEve')!;
    assert.ok(eve >= `${year}-06-19` && eve <= `${year}-06-25`, `${year} ${eve}`);
    assert.equal(new Date(`${eve}T00:00:00Z`).getUTCDay(), 5);
    const saints = byName.get('allSaints')!;
    assert.ok(saints >= `${year}-10-31` && saints <= `${year}-11-06`, `${year} ${saints}`);
    assert.equal(new Date(`${saints}T00:00:00Z`).getUTCDay(), 6);
  }
});

function workingDaysInYear(year: number): number {
  let n = 0;
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d = new Date(d.getTime() + 86_400_000)) {
    if (isWorkingDay(d.toISOString().slice(0, 10))) n++;
  }
  return n;
}

test('2025 has 251 and 2026 has 252 working days (261 weekdays minus 10 and 9 weekday holidays)', () => {
  assert.equal(workingDaysInYear(2025), 251);
  assert.equal(workingDaysInYear(2026), 252);
});

test('weekends and holidays are not working days, ordinary weekdays are', () => {
  assert.equal(isWorkingDay('2026-11-27'), true); // Friday
  assert.equal(isWorkingDay('2026-11-28'), false); // Saturday
  assert.equal(isWorkingDay('2026-11-29'), false); // Sunday
  assert.equal(isWorkingDay('2026-04-03'), false); // Good Friday
  assert.equal(isWorkingDay('2026-05-14'), false); // Ascension Day
  assert.equal(isWorkingDay('2025-06-20'), false); // Midsummer Eve
  assert.equal(isWorkingDay('2025-12-24'), false); // Christmas Eve
  assert.equal(isWorkingDay('2025-12-23'), true);
});

test('5 working days over Easter 2026 and over Christmas 2025', () => {
  // Thu 2.4.2026 → Good Friday and Easter Monday skipped → Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
  assert.equal(addWorkingDays('2026-04-02', 5), '2026-04-13');
  // Tue 23.12.2025 → 29, 30, 31 Dec, (1.1 holiday) 2 Jan, (weekend) Mon 5 Jan.
  assert.equal(addWorkingDays('2025-12-23', 5), '2026-01-05');
  assert.equal(workingDaysBetween('2025-12-23', '2026-01-05'), 5);
  assert.equal(workingDaysBetween('2026-11-27', '2026-11-27'), 0);
  assert.equal(workingDaysBetween('2026-11-27', '2026-11-30'), 1); // Fri → Mon
  assert.equal(workingDaysBetween('2026-11-28', '2026-11-30'), 1); // Sat → Mon
  assert.equal(addWorkingDays('2026-11-28', 1), '2026-11-30');
});

test('local dates and midnights are those of Helsinki, across the DST changes', () => {
  assert.equal(helsinkiDate('2026-01-15T21:59:59.000Z'), '2026-01-15');
  assert.equal(helsinkiDate('2026-01-15T22:00:00.000Z'), '2026-01-16'); // EET, UTC+2
  assert.equal(helsinkiDate('2026-06-30T21:30:00.000Z'), '2026-07-01'); // EEST, UTC+3
  assert.equal(helsinkiStartOfDay('2026-01-15').toISOString(), '2026-01-14T22:00:00.000Z');
  assert.equal(helsinkiStartOfDay('2026-07-01').toISOString(), '2026-06-30T21:00:00.000Z');
  assert.equal(helsinkiStartOfDay('2026-03-29').toISOString(), '2026-03-28T22:00:00.000Z'); // DST starts 03:00 that day
  assert.equal(helsinkiStartOfDay('2026-03-30').toISOString(), '2026-03-29T21:00:00.000Z');
  assert.equal(helsinkiStartOfDay('2026-10-25').toISOString(), '2026-10-24T21:00:00.000Z'); // DST ends 04:00 that day
  assert.equal(helsinkiStartOfDay('2026-10-26').toISOString(), '2026-10-25T22:00:00.000Z');
});

test('ISO 8601 weeks, including a 53rd week and a week of the next year', () => {
  assert.equal(isoWeekLabel('2026-01-01'), '2026-W01'); // Thursday
  assert.equal(isoWeekLabel('2027-01-01'), '2026-W53'); // Friday of 2026's 53rd week
  assert.equal(isoWeekLabel('2024-12-30'), '2025-W01');
  assert.equal(isoWeekLabel('2026-11-28'), '2026-W48');
  assert.equal(isoWeekStart('2026-11-28'), '2026-11-23');
});

describe('workingDayNumber', () => {
  test('differences are working days between, and the target rule follows from it', () => {
    const start = '2023-12-20';
    for (let i = 0; i < 500; i += 3) {
      const a = addDays(start, i);
      for (const span of [0, 1, 2, 5, 9, 40]) {
        const b = addDays(a, span);
        assert.equal(workingDayNumber(b) - workingDayNumber(a), workingDaysBetween(a, b), `${a} → ${b}`);
        for (const n of [1, 5, 10]) {
          const met = b <= addWorkingDays(a, n);
          const byNumber = workingDayNumber(b) - (isWorkingDay(b) ? 1 : 0) - workingDayNumber(a) < n;
          assert.equal(byNumber, met, `${a} → ${b}, target ${n}`);
        }
      }
    }
  });
});
