import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { weightedMean, weightedProportion, wilsonInterval } from './estimation.js';
import { baseDesign, postStratify, rake, trimWeights, weightSummary, WeightingError, type Margin } from './weighting.js';

const margin = (name: string, levels: string[], population: Record<string, number>): Margin => ({ name, levels, population: new Map(Object.entries(population)) });

test('post-stratification scales each cell to its population total', () => {
  const design = postStratify(baseDesign(5), margin('sex', ['f', 'f', 'm', 'f', 'm'], { f: 60, m: 40 }));
  assert.deepEqual([...design.weights], [20, 20, 20, 20, 20]);
  const uneven = postStratify(baseDesign(4, [1, 3, 1, 1]), margin('sex', ['f', 'f', 'm', 'm'], { f: 100, m: 10 }));
  assert.deepEqual([...uneven.weights], [25, 75, 5, 5], 'base weights keep their proportions within a cell');
});

test('post-stratification: the standard error worked out by hand', () => {
  // Two strata, equal base weights: the post-stratified mean is Σ N_h ȳ_h / N, and R's
  // linearisation variance is n/(n−1) Σ_i (w_i (y_i − ȳ_h) / N)².
  const y = [1, 2, 3, 10, 12];
  const design = postStratify(baseDesign(5), margin('h', ['a', 'a', 'a', 'b', 'b'], { a: 300, b: 200 }));
  const { estimate, se } = weightedMean(design, y);
  assert.ok(Math.abs(estimate - (300 * 2 + 200 * 11) / 500) < 1e-12);
  const w = [100, 100, 100, 100, 100];
  const centred = [1 - 2, 2 - 2, 3 - 2, 10 - 11, 12 - 11].map((r, i) => (w[i]! * r) / 500);
  const variance = (5 / 4) * centred.reduce((s, z) => s + z * z, 0);
  assert.ok(Math.abs(se - Math.sqrt(variance)) < 1e-14, `${se} vs ${Math.sqrt(variance)}`);
});

test('the calibration lowers the standard error of a variable it explains', () => {
  // y equals the stratum: after post-stratification it has no sampling error at all.
  const levels = ['a', 'a', 'b', 'b', 'b', 'a'];
  const y = levels.map((l) => (l === 'a' ? 1 : 0));
  const calibrated = postStratify(baseDesign(6), margin('h', levels, { a: 50, b: 50 }));
  assert.ok(weightedMean(calibrated, y).se < 1e-15);
  const uncalibrated = { ...calibrated, calibration: [] };
  assert.ok(weightedMean(uncalibrated, y).se > 0.1);
});

test('raking meets every margin and stops when the weights stop moving', () => {
  const age = ['y', 'y', 'o', 'o', 'o', 'y', 'o', 'o'];
  const sex = ['f', 'm', 'f', 'm', 'f', 'f', 'f', 'm'];
  const result = rake(baseDesign(8), [margin('age', age, { y: 40, o: 60 }), margin('sex', sex, { f: 55, m: 45 })]);
  assert.ok(result.converged);
  const total = (levels: string[], level: string) => levels.reduce((s, l, i) => s + (l === level ? result.design.weights[i]! : 0), 0);
  for (const [levels, level, expected] of [[age, 'y', 40], [age, 'o', 60], [sex, 'f', 55], [sex, 'm', 45]] as const) {
    assert.ok(Math.abs(total([...levels], level) - expected) < 1e-8, `${level}: ${total([...levels], level)}`);
  }
  const capped = rake(baseDesign(8), [margin('age', age, { y: 40, o: 60 }), margin('sex', sex, { f: 55, m: 45 })], { maxIterations: 1 });
  assert.equal(capped.iterations, 1);
  assert.equal(capped.converged, false);
});

test('raking property: for random samples and consistent margins, every margin is met', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 })), { minLength: 12, maxLength: 60 }),
      fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 })),
      fc.integer({ min: 1, max: 99 }),
      (units, [a0, a1, a2], femaleShare) => {
        const a = units.map(([x]) => `a${x}`);
        const s = units.map(([, x]) => `s${x}`);
        // Every level and every combination present, so the fitting has a solution.
        for (let x = 0; x < 3; x++) for (let y = 0; y < 2; y++) {
          a.push(`a${x}`);
          s.push(`s${y}`);
        }
        const N = a0 + a1 + a2;
        const result = rake(baseDesign(a.length), [
          margin('a', a, { a0, a1, a2 }),
          margin('s', s, { s0: (N * femaleShare) / 100, s1: (N * (100 - femaleShare)) / 100 }),
        ]);
        assert.ok(result.converged, `${result.iterations} passes`);
        const sum = (levels: string[], level: string) => levels.reduce((t, l, i) => t + (l === level ? result.design.weights[i]! : 0), 0);
        assert.ok(Math.abs(sum(a, 'a0') - a0) < 1e-6 * N);
        assert.ok(Math.abs(sum(s, 's0') - (N * femaleShare) / 100) < 1e-6 * N);
      },
    ),
    { numRuns: 200 },
  );
});

test('bad margins are clear errors', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      assert.ok(error instanceof WeightingError, String(error));
      return [error.code, error.params];
    }
    assert.fail('no error');
  };
  assert.deepEqual(code(() => postStratify(baseDesign(3), margin('sex', ['f', 'm', 'x'], { f: 1, m: 2 }))), ['weighting.notInPopulation', { name: 'sex', cell: 'x' }]);
  assert.deepEqual(code(() => postStratify(baseDesign(3), margin('sex', ['f', 'f', 'f'], { f: 1, m: 2 }))), ['weighting.emptyCell', { name: 'sex', cell: 'm' }]);
  assert.deepEqual(code(() => postStratify(baseDesign(2), margin('sex', ['f', 'm'], { f: -1, m: 2 }))), ['weighting.badTotal', { name: 'sex', cell: 'f' }]);
  assert.deepEqual(code(() => baseDesign(1)), ['weighting.tooFew', { n: 1 }]);
  assert.deepEqual(code(() => baseDesign(2, [1, 0])), ['weighting.badBaseWeight', { row: 2, value: '0' }]);
  assert.deepEqual(code(() => trimWeights(baseDesign(2, [1, 3]), 5, 6)), ['weighting.trimImpossible', { lower: 5, upper: 6 }]);
  assert.deepEqual(code(() => trimWeights(baseDesign(2), 6, 5)), ['weighting.badTrim', { lower: 6, upper: 5 }]);
});

test('trimming keeps the sum; strict trimming keeps every weight within the bounds', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 5, maxLength: 50 }), (weights) => {
      const design = baseDesign(weights.length, weights);
      const sorted = [...weights].sort((x, y) => x - y);
      const mean = weights.reduce((s, w) => s + w, 0) / weights.length;
      const lower = Math.min(sorted[1]!, mean * 0.5);
      const upper = Math.max(sorted[sorted.length - 2]!, mean * 2);
      const trimmed = trimWeights(design, lower, upper);
      const before = weightSummary(design.weights).sum;
      const after = weightSummary(trimmed.weights);
      assert.ok(Math.abs(after.sum - before) < 1e-9 * before);
      assert.ok(after.min >= lower - 1e-9 && after.max <= upper + 1e-9, `${after.min}–${after.max} in ${lower}–${upper}`);
    }),
    { numRuns: 300 },
  );
});

test('Kish: equal weights give n and deff 1; known unequal weights give the textbook figures', () => {
  assert.deepEqual(weightSummary([2, 2, 2, 2]), { sum: 8, min: 2, max: 2, kish_n_eff: 4, kish_deff: 1 });
  // w = 1,1,1,3: (Σw)² / Σw² = 36 / 12 = 3; deff = 4/3.
  const s = weightSummary([1, 1, 1, 3]);
  assert.equal(s.kish_n_eff, 3);
  assert.ok(Math.abs(s.kish_deff - 4 / 3) < 1e-15);
});

test('missing values are left out of the estimate, as na.rm = TRUE does', () => {
  const design = postStratify(baseDesign(4), margin('h', ['a', 'a', 'b', 'b'], { a: 10, b: 10 }));
  const { estimate, n } = weightedMean(design, [1, null, 3, Number.NaN]);
  assert.equal(estimate, 2);
  assert.equal(n, 2);
  assert.throws(() => weightedMean(design, [null, null, null, null]), WeightingError);
});

test('Wilson interval: within [0, 1], contains p, narrows as n grows', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
      const [lo, hi] = wilsonInterval(p, n);
      assert.ok(lo >= 0 && hi <= 1 && lo <= p + 1e-12 && p <= hi + 1e-12, `${lo} ${p} ${hi}`);
      const [lo4, hi4] = wilsonInterval(p, n * 4);
      assert.ok(hi4 - lo4 <= hi - lo + 1e-12);
    }),
    { numRuns: 500 },
  );
});

test('a proportion of all ones under uneven weights stays within [0, 1] (rounding above 1 is clamped)', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: 2, maxLength: 60 }), (weights) => {
      const design = baseDesign(weights.length, weights);
      const p = weightedProportion(design, weights.map(() => 1));
      assert.ok(p.interval[0] >= 0 && p.interval[1] <= 1, JSON.stringify(p.interval));
    }),
  );
});
