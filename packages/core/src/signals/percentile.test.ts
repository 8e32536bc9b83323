import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, quantile } from './percentile.js';

// Hand-computed with h = (n − 1)p + 1 (Hyndman & Fan 1996, definition 7).
test('quantile follows Hyndman & Fan definition 7 (R, NumPy, PERCENTILE.INC)', () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5); // h = 2.5
  assert.ok(Math.abs(quantile([1, 2, 3, 4], 0.9)! - 3.7) < 1e-12); // h = 3.7
  assert.ok(Math.abs(quantile([15, 20, 35, 40, 50], 0.4)! - 29) < 1e-12); // h = 2.6 → 20 + 0.6·15
  assert.ok(Math.abs(quantile([50, 15, 40, 20, 35], 0.9)! - 46) < 1e-12); // any order; h = 4.6 → 40 + 0.6·10
  assert.ok(Math.abs(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)! - 9.1) < 1e-12); // numpy.percentile(…, 90)
  assert.equal(quantile([7], 0.9), 7);
  assert.equal(quantile([3, 9], 0), 3);
  assert.equal(quantile([3, 9], 1), 9);
});

test('median of an odd and an even count; none for no values', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([1, 2, 3, 10]), 2.5);
  assert.equal(median([]), null);
  assert.equal(quantile([], 0.9), null);
});

test('p outside [0, 1] is a programming error', () => {
  assert.throws(() => quantile([1], 1.5), RangeError);
  assert.throws(() => quantile([1], Number.NaN), RangeError);
});
