import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateTrackingCode, normalizeTrackingCode, TRACKING_CODE_PATTERN } from './tracking-code.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

test('generated codes have the XXXX-XXXX-C shape and pass their own check', () => {
  for (let i = 0; i < 500; i++) {
    const code = generateTrackingCode();
    assert.match(code, TRACKING_CODE_PATTERN);
    assert.equal(normalizeTrackingCode(code), code);
  }
});

test('the check symbol is Crockford mod 37: all-zero data checks to 0, data 1 checks to 1', () => {
  const zeros = generateTrackingCode((a) => a.fill(0));
  assert.equal(zeros, '0000-0000-0');
  // Data "00000001" is the number 1, whose check symbol is "1".
  const one = generateTrackingCode((a) => {
    a.fill(0);
    a[7] = 1;
    return a;
  });
  assert.equal(one, '0000-0001-1');
});

test('codes whose check symbol would be one of * ~ $ = U are drawn again, never issued', () => {
  // Data "00000014" is 36, whose Crockford check symbol is "U"; the next draw is data "00000001".
  const draws = [
    [0, 0, 0, 0, 0, 0, 1, 4],
    [0, 0, 0, 0, 0, 0, 0, 1],
  ];
  const code = generateTrackingCode((a) => {
    a.set(draws.shift()!);
    return a;
  });
  assert.equal(code, '0000-0001-1');
  assert.equal(draws.length, 0);
  assert.equal(normalizeTrackingCode('0000-0014-U'), null);
  for (let i = 0; i < 2000; i++) assert.match(generateTrackingCode(), /^[0-9A-HJKMNP-TV-Z-]+$/);
});

/** A code from fixed data bytes; the data must have a check symbol of the 32-symbol alphabet. */
function codeOf(data: number[]): string {
  let draws = 0;
  const code = generateTrackingCode((a) => {
    assert.equal(draws++, 0, `data ${data.join(',')} was drawn again: pick other test data`);
    a.set(data);
    return a;
  });
  return code;
}

test('reading a code forgives case, spaces, hyphens and the letters O, I, L', () => {
  const code = codeOf([1, 2, 3, 4, 5, 6, 7, 8]);
  const [d] = [code.replace(/-/g, '')];
  assert.equal(normalizeTrackingCode(d!.toLowerCase()), code);
  assert.equal(normalizeTrackingCode(` ${code.slice(0, 4)} ${code.slice(5, 9)} ${code.slice(10)} `), code);
  assert.equal(normalizeTrackingCode('oooo-oooo-o'), '0000-0000-0');
  assert.equal(normalizeTrackingCode('0000-000l-l'), '0000-0001-1');
  assert.equal(normalizeTrackingCode('0000-000i-1'), '0000-0001-1');
});

test('every single wrong symbol and every swap of neighbours is caught', () => {
  const code = codeOf([3, 14, 15, 9, 26, 5, 17, 28]);
  const data = code.replace(/-/g, '').slice(0, 8);
  const check = code.slice(-1);
  for (let i = 0; i < data.length; i++) {
    for (const ch of ALPHABET) {
      if (ch === data[i]) continue;
      const typo = data.slice(0, i) + ch + data.slice(i + 1);
      assert.equal(normalizeTrackingCode(typo + check), null, `typo ${typo}`);
    }
    if (i < data.length - 1 && data[i] !== data[i + 1]) {
      const swapped = data.slice(0, i) + data[i + 1] + data[i] + data.slice(i + 2);
      assert.equal(normalizeTrackingCode(swapped + check), null, `swap ${swapped}`);
    }
  }
});

test('wrong length and foreign symbols are refused', () => {
  assert.equal(normalizeTrackingCode(''), null);
  assert.equal(normalizeTrackingCode('0000-0000'), null);
  assert.equal(normalizeTrackingCode('0000-0000-00'), null);
  assert.equal(normalizeTrackingCode('0000-000U-0'), null);
  assert.equal(normalizeTrackingCode('ÄÄÄÄ-0000-0'), null);
});
