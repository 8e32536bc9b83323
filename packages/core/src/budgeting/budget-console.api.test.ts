import assert from 'node:assert/strict';
import { test } from 'node:test';
import { helsinkiDay, helsinkiDayStart } from './budget-console.api.js';

test('a Helsinki day starts at 22:00 UTC in winter and 21:00 UTC in summer; not a date is null', () => {
  assert.equal(helsinkiDayStart('2028-01-15'), '2028-01-14T22:00:00.000Z');
  assert.equal(helsinkiDayStart('2028-06-15'), '2028-06-14T21:00:00.000Z');
  assert.equal(helsinkiDayStart(' 2028-03-26 '), '2028-03-25T22:00:00.000Z');
  assert.equal(helsinkiDayStart('2028-02-30'), null);
  assert.equal(helsinkiDayStart('15.1.2028'), null);
  assert.equal(helsinkiDay('2028-06-14T21:00:00.000Z'), '2028-06-15');
  assert.equal(helsinkiDay('2028-06-14T20:59:59.000Z'), '2028-06-14');
});
