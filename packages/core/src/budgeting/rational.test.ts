import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gcd, Rational, sum } from './rational.js';

const r = (n: number | bigint, d: number | bigint = 1) => Rational.of(n, d);

test('values are kept in lowest terms with a positive denominator', () => {
  assert.equal(r(6, 4).toString(), '3/2');
  assert.equal(r(3, -6).toString(), '-1/2');
  assert.equal(r(0, 7).toString(), '0');
  assert.ok(r(2, 4).equals(r(1, 2)));
  assert.throws(() => r(1, 0), RangeError);
});

test('+ − × ÷ are exact: 1/3 + 1/6 = 1/2, and 0.1 + 0.2 is exactly 3/10', () => {
  assert.equal(r(1, 3).add(r(1, 6)).toString(), '1/2');
  assert.equal(r(1, 3).sub(r(1, 2)).toString(), '-1/6');
  assert.equal(r(2, 3).mul(r(9, 4)).toString(), '3/2');
  assert.equal(r(2, 3).div(r(4, 9)).toString(), '3/2');
  assert.equal(r(7, 3).mulInt(6).toString(), '14');
  assert.equal(r(7, 3).divInt(7).toString(), '1/3');
  assert.ok(Rational.parse('0.1').add(Rational.parse('0.2')).equals(Rational.parse('0.3')));
  assert.throws(() => r(1).div(Rational.ZERO), RangeError);
});

test('comparison is exact where doubles are not', () => {
  // 1/3 · 3 = 1 exactly; (1/3 of 10^20 + 1) vs 10^20 / 3 differ by 1 unit beyond double precision.
  assert.equal(r(1, 3).mulInt(3).compare(Rational.ONE), 0);
  const big = 10n ** 20n;
  const a = r(big + 1n, 3);
  const b = r(big, 3);
  assert.equal(a.toNumber(), b.toNumber());
  assert.equal(a.compare(b), 1);
  assert.ok(b.lt(a) && b.le(a) && a.gt(b) && a.ge(b) && !a.equals(b));
  assert.equal(r(-1, 2).min(r(1, 3)).toString(), '-1/2');
});

test('parse reads decimals exactly and refuses anything else', () => {
  assert.equal(Rational.parse('141968').toString(), '141968');
  assert.equal(Rational.parse(' -2.50 ').toString(), '-5/2');
  assert.equal(Rational.parse('7.').toString(), '7');
  for (const bad of ['', '1e3', '1,5', 'abc', '--1']) assert.throws(() => Rational.parse(bad), SyntaxError, bad);
});

test('toNumber is close also when both terms are far beyond 2^53', () => {
  const x = r(10n ** 40n + 1n, 3n * 10n ** 39n);
  assert.ok(Math.abs(x.toNumber() - 10 / 3) < 1e-14);
  assert.equal(r(1, 3).toNumber(), 1 / 3);
  assert.equal(r(-7, 2).floor(), -4n);
  assert.equal(r(7, 2).floor(), 3n);
});

test('gcd and sum', () => {
  assert.equal(gcd(12n, 18n), 6n);
  assert.equal(gcd(2n ** 80n * 3n, 2n ** 70n * 9n), 2n ** 70n * 3n);
  assert.equal(gcd(0n, 5n), 5n);
  assert.equal(sum([r(1, 2), r(1, 3), r(1, 6)]).toString(), '1');
});
