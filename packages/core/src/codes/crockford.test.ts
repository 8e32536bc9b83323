import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CROCKFORD_ALPHABET, crockfordCodes } from './crockford.js';

/** A deterministic byte source, so a failure names the code that broke. */
function bytesFrom(seed: number) {
  let state = seed >>> 0;
  return (array: Uint8Array) => {
    for (let i = 0; i < array.length; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      array[i] = state >>> 24;
    }
    return array;
  };
}

test('codes of 4, 8 and 12 data symbols are grouped by four with a check symbol, and read back', () => {
  for (const [length, shape] of [[4, /^.{4}-.$/], [8, /^.{4}-.{4}-.$/], [12, /^.{4}-.{4}-.{4}-.$/]] as const) {
    const codes = crockfordCodes(length);
    for (let seed = 1; seed <= 200; seed++) {
      const code = codes.generate(bytesFrom(seed));
      assert.match(code, shape);
      assert.match(code, codes.pattern);
      assert.equal(codes.normalize(code), code);
      assert.equal(codes.normalize(code.toLowerCase().replaceAll('-', ' ')), code);
    }
  }
});

test('the check symbol catches every single wrong symbol and every swap of two neighbours', () => {
  const codes = crockfordCodes(8);
  for (let seed = 1; seed <= 50; seed++) {
    const code = codes.generate(bytesFrom(seed));
    const compact = code.replaceAll('-', '');
    for (let i = 0; i < compact.length; i++) {
      for (const ch of CROCKFORD_ALPHABET) {
        if (ch === compact[i]) continue;
        const typed = compact.slice(0, i) + ch + compact.slice(i + 1);
        assert.equal(codes.normalize(typed), null, `${typed} (from ${code}) was accepted`);
      }
      if (i + 1 < compact.length && compact[i] !== compact[i + 1]) {
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2);
        assert.equal(codes.normalize(swapped), null, `${swapped} (from ${code}) was accepted`);
      }
    }
  }
});

test('a draw whose check would be an extra symbol (* ~ $ = U) is made again', () => {
  const codes = crockfordCodes(4);
  const seen = new Set<string>();
  for (let seed = 1; seed <= 2000; seed++) seen.add(codes.generate(bytesFrom(seed)).at(-1)!);
  for (const extra of '*~$=U') assert.ok(!seen.has(extra), `check symbol ${extra} was issued`);
  assert.ok(seen.size > 25, 'checks are spread over the alphabet');
});

test('a data length that is not a positive multiple of four is refused', () => {
  for (const bad of [0, 3, 7, -4, 2.5]) assert.throws(() => crockfordCodes(bad), RangeError);
});
