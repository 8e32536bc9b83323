import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDuration, formatShare } from './duration.logic.js';

// Intl may put a (narrow) no-break space between number and unit: compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

test('durations in minutes, hours and days, in each language', () => {
  assert.equal(plain(formatDuration(45 * 60, 'en')), '45 minutes');
  assert.equal(plain(formatDuration(20, 'en')), '1 minute');
  assert.equal(plain(formatDuration(20 * 3600, 'en')), '20 hours');
  assert.equal(plain(formatDuration(5.5 * 3600, 'fi')), '5,5 tuntia');
  assert.equal(plain(formatDuration(3.5 * 86_400, 'sv')), '3,5 dygn');
  assert.equal(plain(formatDuration(12 * 86_400, 'fi')), '12 päivää');
  assert.equal(plain(formatDuration(86_400, 'en')), '24 hours');
});

test('shares as whole percentages', () => {
  assert.equal(plain(formatShare(0.625, 'fi')), '63 %');
  assert.equal(plain(formatShare(0.5, 'en')), '50%');
});
