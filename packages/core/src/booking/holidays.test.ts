import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber, isoDate } from './helsinki-time.js';
import { easterSunday, finnishHolidayOn, finnishHolidays } from './holidays.js';

test('Easter Sunday of known years', () => {
  const known: Record<number, string> = { 2000: '2000-04-23', 2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2038: '2038-04-25' };
  for (const [year, date] of Object.entries(known)) assert.equal(isoDate(easterSunday(Number(year))), date);
});

test('the Finnish holidays of 2026 (from the calendar of the University of Helsinki almanac office)', () => {
  const got = finnishHolidays(2026).map((h) => `${isoDate(h.day)} ${h.id}`);
  assert.deepEqual(got, [
    '2026-01-01 newYear',
    '2026-01-06 epiphany',
    '2026-04-03 goodFriday',
    '2026-04-05 easterSunday',
    '2026-04-06 easterMonday',
    '2026-05-01 mayDay',
    '2026-05-14 ascension',
    '2026-05-24 whitSunday',
    '2026-06-19 midsummerEve',
    '2026-06-20 midsummerDay',
    '2026-10-31 allSaints',
    '2026-12-06 independence',
    '2026-12-24 christmasEve',
    '2026-12-25 christmas',
    '2026-12-26 boxingDay',
  ]);
});

test('Midsummer Day and All Saints\' Day always fall on a Saturday in their week', () => {
  for (let year = 1990; year <= 2060; year++) {
    const list = finnishHolidays(year);
    const midsummer = list.find((h) => h.id === 'midsummerDay')!;
    const saints = list.find((h) => h.id === 'allSaints')!;
    assert.ok(midsummer.day >= dayNumber(`${year}-06-20`) && midsummer.day <= dayNumber(`${year}-06-26`));
    assert.ok(saints.day >= dayNumber(`${year}-10-31`) && saints.day <= dayNumber(`${year}-11-06`));
    assert.equal(new Date(saints.day * 86400000).getUTCDay(), 6);
  }
  assert.equal(isoDate(finnishHolidays(2025).find((h) => h.id === 'allSaints')!.day), '2025-11-01');
  assert.equal(finnishHolidayOn(dayNumber('2026-06-19'))?.official, false);
  assert.equal(finnishHolidayOn(dayNumber('2026-06-18')), undefined);
});
