// Weighted means and proportions with linearisation (Taylor series) standard errors that take
// the calibration into account, as R's survey package computes them for designs made with
// postStratify and rake: `svymean` on `svydesign(ids = ~1, weights = …)` (sampling with
// replacement, no finite population correction). See docs/adr/0014-survey-weighting-and-variance.md.
//
// The estimate's influence values z_i = w_i (y_i − ȳ) / Σw are first stripped of what the
// calibration fixed (their mean within each post-stratum, or for raking ten rounds of the same
// over each margin, exactly as R's svyrecvar does), then var = n/(n−1) Σ (z_i − z̄)².
import { WeightingError, type CalibrationStep, type WeightedDesign } from './weighting.js';

/** The 97.5th percentile of the standard normal distribution (R: qnorm(0.975)). */
export const Z_95 = 1.9599639845400536;

export interface Estimate {
  readonly estimate: number;
  /** Linearisation standard error, accounting for the calibration. */
  readonly se: number;
  /** estimate ± 1.96 se (R's confint on a svymean). */
  readonly ci95: readonly [number, number];
  /** Respondents with a value (the others are left out as R's na.rm = TRUE does). */
  readonly n: number;
}

/** Removes from influence values what each calibration step fixed (R's svyrecvar, in place). */
function calibrate(x: Float64Array, steps: readonly CalibrationStep[]): void {
  const n = x.length;
  for (const step of steps) {
    if (step.kind === 'poststratify') {
      const sums = new Float64Array(step.cells);
      const old = new Float64Array(step.cells);
      const psw = step.weights.slice();
      for (let i = 0; i < n; i++) if (psw[i] === 0 && step.oldWeights[i] === 0) psw[i] = 1;
      for (let i = 0; i < n; i++) {
        const c = step.cell[i]!;
        sums[c]! += (x[i]! * step.oldWeights[i]!) / psw[i]!;
        old[c]! += step.oldWeights[i]!;
      }
      for (let i = 0; i < n; i++) {
        const c = step.cell[i]!;
        x[i] = x[i]! - (sums[c]! / old[c]!) * psw[i]!;
      }
    } else {
      // R iterates the projections a fixed ten times rather than to convergence.
      const counts = step.margins.map((margin) => {
        const out = new Float64Array(margin.cells);
        for (let i = 0; i < n; i++) out[margin.cell[i]!]!++;
        return out;
      });
      for (let round = 0; round < 10; round++) {
        step.margins.forEach((margin, m) => {
          const { cell, weights } = margin;
          const sums = new Float64Array(margin.cells);
          for (let i = 0; i < n; i++) sums[cell[i]!]! += x[i]! / weights[i]!;
          const means = sums.map((sum, c) => sum / counts[m]![c]!);
          for (let i = 0; i < n; i++) x[i] = x[i]! - weights[i]! * means[cell[i]!]!;
        });
      }
    }
  }
}

/** The with-replacement variance of a total of influence values: n/(n−1) Σ (z − z̄)². */
function withReplacementVariance(x: Float64Array): number {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i]!;
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (x[i]! - mean) ** 2;
  return (squares * n) / (n - 1);
}

/**
 * The weighted mean of a column (a proportion for a 0/1 column), its linearisation standard
 * error and 95% interval. `null` (or NaN) values are left out: their weight counts as 0 in the
 * estimate, while the calibration is kept as it was made on everyone (R's na.rm = TRUE).
 */
export function weightedMean(design: WeightedDesign, values: ArrayLike<number | null>): Estimate {
  const n = design.n;
  if (values.length !== n) throw new WeightingError('weighting.lengthMismatch', { name: 'values' }, `${values.length} values for ${n} respondents`);
  const w = new Float64Array(n);
  const y = new Float64Array(n);
  let psum = 0;
  let answered = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value === null || value === undefined || Number.isNaN(value)) continue;
    w[i] = design.weights[i]!;
    y[i] = value;
    psum += w[i]!;
    answered++;
  }
  if (answered === 0 || psum === 0) throw new WeightingError('weighting.noValues', {}, 'no respondent has a value');
  let estimate = 0;
  for (let i = 0; i < n; i++) estimate += (y[i]! * w[i]!) / psum;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = ((y[i]! - estimate) * w[i]!) / psum;
  calibrate(x, design.calibration);
  const se = Math.sqrt(withReplacementVariance(x));
  return { estimate, se, ci95: [estimate - Z_95 * se, estimate + Z_95 * se], n: answered };
}

/**
 * The Wilson score interval of a proportion p from n observations (Wilson 1927). For a weighted
 * proportion, n is the effective sample size (see {@link effectiveSampleSize}).
 */
export function wilsonInterval(p: number, n: number, z = Z_95): readonly [number, number] {
  if (!(n > 0) || p < 0 || p > 1) throw new WeightingError('weighting.badProportion', { p, n }, `a Wilson interval needs 0 ≤ p ≤ 1 and n > 0, got p=${p}, n=${n}`);
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * The effective sample size of a weighted proportion: p(1−p)/var(p), the n a simple random
 * sample would need for the same variance (as R's svyciprop method "beta" computes it). When
 * p is 0 or 1 the variance is 0 and this is undefined: then Kish's (Σw)²/Σw² over the
 * respondents with a value is used.
 */
export function effectiveSampleSize(design: WeightedDesign, values: ArrayLike<number | null>, estimate: Estimate = weightedMean(design, values)): number {
  const p = estimate.estimate;
  if (p > 0 && p < 1 && estimate.se > 0) return (p * (1 - p)) / (estimate.se * estimate.se);
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < design.n; i++) {
    const value = values[i];
    if (value === null || value === undefined || Number.isNaN(value)) continue;
    sum += design.weights[i]!;
    squares += design.weights[i]! ** 2;
  }
  return (sum * sum) / squares;
}

/** Below this many respondents, or fewer than 5 expected on either side, a proportion gets a Wilson interval. */
export const SMALL_GROUP = 30;

export interface ProportionEstimate extends Estimate {
  /** The interval to show: Wilson's for a small group, the normal (Wald) one otherwise. */
  readonly interval: readonly [number, number];
  readonly method: 'wald' | 'wilson';
  readonly effectiveN: number;
}

/**
 * A weighted proportion (0/1 column) with the interval a results view should show: the Wald
 * interval from the linearisation standard error, or for a small group (fewer than 30
 * respondents, or an effective n·p or n·(1−p) below 5) the Wilson interval on the
 * effective sample size, which stays within [0, 1] and keeps its coverage near 0 and 1.
 */
export function weightedProportion(design: WeightedDesign, values: ArrayLike<number | null>): ProportionEstimate {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null && value !== undefined && value !== 0 && value !== 1 && !Number.isNaN(value)) {
      throw new WeightingError('weighting.notBinary', { row: i + 1 }, `a proportion needs 0/1 values; row ${i + 1} has ${value}`);
    }
  }
  const estimate = weightedMean(design, values);
  const effectiveN = effectiveSampleSize(design, values, estimate);
  // Rounding can put a share of all-ones a hair above 1 (1.0000000000000002): clamp it.
  const p = Math.min(1, Math.max(0, estimate.estimate));
  const small = estimate.n < SMALL_GROUP || effectiveN * p < 5 || effectiveN * (1 - p) < 5;
  return small
    ? { ...estimate, interval: wilsonInterval(p, effectiveN), method: 'wilson', effectiveN }
    : { ...estimate, interval: estimate.ci95, method: 'wald', effectiveN };
}
