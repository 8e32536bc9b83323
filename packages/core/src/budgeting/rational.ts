/**
 * Exact rational numbers for official results: a numerator and a positive denominator as
 * BigInt, always in lowest terms, so equal values have equal fields and `equals` is cheap.
 *
 * Small on purpose: the winner rules need + − × ÷, comparison and a floating-point estimate
 * (used only to order candidates before an exact comparison decides; see equal-shares.ts).
 * Values are immutable.
 */
export class Rational {
  /** Use `Rational.of` or the arithmetic methods; the constructor trusts its caller. */
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  // Getters over module constants, not static fields: a static field compiles to a static block,
  // which a bundler must keep, so every widget importing anything of the budgeting barrel carried
  // this class (issue 7).
  static get ZERO(): Rational {
    return ZERO;
  }
  static get ONE(): Rational {
    return ONE;
  }

  /** An integer, or num/den reduced to lowest terms. */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = BigInt(num);
    let d = BigInt(den);
    if (d === 0n) throw new RangeError('Rational: zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    if (d === 1n) return new Rational(n, 1n);
    const g = gcd(n < 0n ? -n : n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  /**
   * A decimal string as written in files ("141968", "-2.5", "1e3" is refused): exact, never
   * through floating point.
   */
  static parse(text: string): Rational {
    const match = /^\s*([+-]?)(\d+)(?:\.(\d*))?\s*$/.exec(text);
    if (!match) throw new SyntaxError(`Not a decimal number: "${text}"`);
    const [, sign, whole, fraction = ''] = match;
    const n = BigInt(whole! + fraction) * (sign === '-' ? -1n : 1n);
    return Rational.of(n, 10n ** BigInt(fraction.length));
  }

  add(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num + other.num, this.den);
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num - other.num, this.den);
    return Rational.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  mul(other: Rational): Rational {
    return Rational.of(this.num * other.num, this.den * other.den);
  }

  /** This times an integer. */
  mulInt(k: bigint | number): Rational {
    return Rational.of(this.num * BigInt(k), this.den);
  }

  div(other: Rational): Rational {
    if (other.num === 0n) throw new RangeError('Rational: division by zero');
    return Rational.of(this.num * other.den, this.den * other.num);
  }

  /** This divided by a non-zero integer. */
  divInt(k: bigint | number): Rational {
    return Rational.of(this.num, this.den * BigInt(k));
  }

  /** −1, 0 or 1 as this is less than, equal to or greater than `other`. */
  compare(other: Rational): -1 | 0 | 1 {
    if (this.den === other.den) return this.num < other.num ? -1 : this.num > other.num ? 1 : 0;
    const a = this.num * other.den;
    const b = other.num * this.den;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  lt(other: Rational): boolean {
    return this.compare(other) < 0;
  }
  le(other: Rational): boolean {
    return this.compare(other) <= 0;
  }
  gt(other: Rational): boolean {
    return this.compare(other) > 0;
  }
  ge(other: Rational): boolean {
    return this.compare(other) >= 0;
  }
  equals(other: Rational): boolean {
    return this.num === other.num && this.den === other.den;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }

  min(other: Rational): Rational {
    return this.le(other) ? this : other;
  }

  /** The nearest double (within a few units in the last place, also for huge terms). */
  toNumber(): number {
    const n = this.num;
    const d = this.den;
    const limit = 1n << 53n;
    if ((n < limit && n > -limit) && d < limit) return Number(n) / Number(d);
    // Scale both terms down to about 64 significant bits before dividing.
    const shift = BigInt(Math.max(0, bitLength(n < 0n ? -n : n) - 64, bitLength(d) - 64));
    const ns = Number(n >> shift);
    const ds = Number(d >> shift);
    if (ds === 0) return n < 0n ? -Infinity : Infinity;
    return ns / ds;
  }

  /** "7/3", "-2", the canonical text of the value. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** Floor to an integer. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }
}

const ZERO = /* @__PURE__ */ Rational.of(0n);
const ONE = /* @__PURE__ */ Rational.of(1n);

/** The sum of rationals, exact. */
export function sum(values: Iterable<Rational>): Rational {
  let total = Rational.ZERO;
  for (const v of values) total = total.add(v);
  return total;
}

const SMALL = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);

/** Greatest common divisor of two non-negative BigInts (machine arithmetic when both are small). */
export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    if (a <= SMALL && b <= SMALL) {
      let x = Number(a);
      let y = Number(b);
      while (y !== 0) {
        const t = x % y;
        x = y;
        y = t;
      }
      return BigInt(x);
    }
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(16).length * 4;
}
