// Calibration of survey weights to population margins: post-stratification, raking (iterative
// proportional fitting) and weight trimming, computed as R's survey package computes them
// (Lumley, "Complex Surveys", 2010; survey 4.1: postStratify, rake, trimWeights), so that the
// weights and the standard errors of estimation.ts can be checked against R to many digits
// (fixtures/weighting/reference.R, docs/adr/0014-survey-weighting-and-variance.md).
//
// A design is the sample's weights plus the record of each calibration step: which cell each
// respondent fell in and the weights before and after. The variance of an estimate needs that
// record (the calibration removes the variation between cells from the estimate's error).

/** A problem with the data or the margins, with a message key and parameters. */
export class WeightingError extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    message?: string,
  ) {
    super(message ?? `${code} ${JSON.stringify(params)}`);
    this.name = 'WeightingError';
  }
}

/** One post-stratification: each unit's cell, and the weights before and after. */
export interface PostStratumStep {
  readonly kind: 'poststratify';
  readonly cell: Int32Array;
  readonly cells: number;
  readonly weights: Float64Array;
  readonly oldWeights: Float64Array;
}

/** Raking: the post-stratification of each margin in the last pass of the fitting. */
export interface RakingStep {
  readonly kind: 'rake';
  readonly margins: readonly Omit<PostStratumStep, 'kind'>[];
}

export type CalibrationStep = PostStratumStep | RakingStep;

export interface WeightedDesign {
  /** Number of respondents. */
  readonly n: number;
  /** Each respondent's weight, in the order of the data. */
  readonly weights: Float64Array;
  /** The calibrations applied, in order (the variance needs them). */
  readonly calibration: readonly CalibrationStep[];
}

/** A population margin: the level of each respondent and the population total of each level. */
export interface Margin {
  /** A name for messages (`age_group`, or `age_group × sex` for a joint table). */
  readonly name: string;
  /** Each respondent's level (cell label), in the order of the data. */
  readonly levels: readonly string[];
  readonly population: ReadonlyMap<string, number>;
}

/** A design before any calibration: base (design) weights, 1 for everyone by default. */
export function baseDesign(n: number, weights?: ArrayLike<number>): WeightedDesign {
  if (!Number.isInteger(n) || n < 2) throw new WeightingError('weighting.tooFew', { n }, `at least 2 respondents are needed, got ${n}`);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = weights ? weights[i]! : 1;
    if (!Number.isFinite(value) || value <= 0) {
      throw new WeightingError('weighting.badBaseWeight', { row: i + 1, value: String(value) }, `base weight of row ${i + 1} is ${value}; it must be a positive number`);
    }
    w[i] = value;
  }
  return { n, weights: w, calibration: [] };
}

interface CellCoding {
  readonly cell: Int32Array;
  readonly labels: string[];
}

function code(levels: readonly string[]): CellCoding {
  const index = new Map<string, number>();
  const labels: string[] = [];
  const cell = new Int32Array(levels.length);
  levels.forEach((level, i) => {
    let k = index.get(level);
    if (k === undefined) {
      k = labels.length;
      index.set(level, k);
      labels.push(level);
    }
    cell[i] = k;
  });
  return { cell, labels };
}

/** One post-stratification of the given weights (R's postStratify.survey.design, partial = FALSE). */
function poststratifyWeights(weights: Float64Array, margin: Margin, coding: CellCoding): Omit<PostStratumStep, 'kind'> {
  if (margin.levels.length !== weights.length) {
    throw new WeightingError('weighting.lengthMismatch', { name: margin.name }, `margin ${margin.name}: ${margin.levels.length} levels for ${weights.length} respondents`);
  }
  const { cell, labels } = coding;
  const sampleTotals = new Float64Array(labels.length);
  for (let i = 0; i < weights.length; i++) sampleTotals[cell[i]!]! += weights[i]!;
  const factor = new Float64Array(labels.length);
  labels.forEach((label, k) => {
    const population = margin.population.get(label);
    if (population === undefined || population === 0) {
      throw new WeightingError(
        'weighting.notInPopulation',
        { name: margin.name, cell: label },
        `${margin.name}: respondents are in the cell "${label}", which has no population total in the margins`,
      );
    }
    factor[k] = population / sampleTotals[k]!;
  });
  for (const [label, population] of margin.population) {
    if (population > 0 && !labels.includes(label)) {
      throw new WeightingError(
        'weighting.emptyCell',
        { name: margin.name, cell: label },
        `${margin.name}: the cell "${label}" has a population total (${population}) but no respondents; merge it with a neighbouring cell`,
      );
    }
  }
  const next = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) next[i] = weights[i]! * factor[cell[i]!]!;
  return { cell, cells: labels.length, weights: next, oldWeights: weights };
}

function checkPopulation(margin: Margin): void {
  for (const [label, total] of margin.population) {
    if (!Number.isFinite(total) || total < 0) {
      throw new WeightingError('weighting.badTotal', { name: margin.name, cell: label }, `${margin.name}: the population total of "${label}" is not a number ≥ 0`);
    }
  }
}

/**
 * Post-stratification: each cell's weights are scaled so that they sum to the cell's
 * population total. Every cell with respondents needs a total, and every cell with a total
 * needs respondents.
 */
export function postStratify(design: WeightedDesign, margin: Margin): WeightedDesign {
  checkPopulation(margin);
  const step = poststratifyWeights(design.weights, margin, code(margin.levels));
  return { n: design.n, weights: step.weights, calibration: [...design.calibration, { kind: 'poststratify', ...step }] };
}

export interface RakeOptions {
  /**
   * Convergence: the pass stops when no cell of the cross-classification of all raking
   * variables moves by `epsilon` or more. Below 1 it is relative to the sum of the weights
   * given (R's rule). Default 1e-10.
   */
  readonly epsilon?: number;
  /** Most passes over the margins. Default 1000. */
  readonly maxIterations?: number;
}

export interface RakeResult {
  readonly design: WeightedDesign;
  /** Passes made over all the margins. */
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Raking (iterative proportional fitting, Deming and Stephan 1940): post-stratify on each
 * margin in turn, and repeat until the weights stop changing. The same loop as R's `rake`.
 */
export function rake(design: WeightedDesign, margins: readonly Margin[], options: RakeOptions = {}): RakeResult {
  if (margins.length === 0) throw new WeightingError('weighting.noMargins', {}, 'raking needs at least one margin');
  const maxIterations = options.maxIterations ?? 1000;
  let sumWeights = 0;
  for (const w of design.weights) sumWeights += w;
  const epsilonOption = options.epsilon ?? 1e-10;
  const epsilon = epsilonOption < 1 ? epsilonOption * sumWeights : epsilonOption;
  margins.forEach(checkPopulation);
  const codings = margins.map((margin) => code(margin.levels));

  // The cross-classification of all raking variables, whose weighted table decides convergence.
  const joint = code(design.weights.length === 0 ? [] : Array.from(design.weights, (_, i) => margins.map((m) => m.levels[i]).join('\u0000')));
  const table = (weights: Float64Array): Float64Array => {
    const out = new Float64Array(joint.labels.length);
    for (let i = 0; i < weights.length; i++) out[joint.cell[i]!]! += weights[i]!;
    return out;
  };

  let weights = design.weights;
  let old = table(weights);
  let steps: Omit<PostStratumStep, 'kind'>[] = [];
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    steps = [];
    margins.forEach((margin, m) => {
      const step = poststratifyWeights(weights, margin, codings[m]!);
      steps.push(step);
      weights = step.weights;
    });
    const now = table(weights);
    let delta = 0;
    for (let k = 0; k < now.length; k++) delta = Math.max(delta, Math.abs(old[k]! - now[k]!));
    iterations++;
    if (delta < epsilon) {
      converged = true;
      break;
    }
    old = now;
  }
  return {
    design: { n: design.n, weights, calibration: [...design.calibration, { kind: 'rake', margins: steps }] },
    iterations,
    converged,
  };
}

export interface TrimOptions {
  /** Repeat until every weight is within the bounds (R's `strict = TRUE`). Default true. */
  readonly strict?: boolean;
}

/**
 * Weight trimming (R's trimWeights): weights outside [lower, upper] are set to the bound, and
 * what was cut (or added) is shared equally among the weights inside, keeping the sum. With
 * `strict`, repeated until no weight is outside. The calibration record is kept, as R keeps it.
 */
export function trimWeights(design: WeightedDesign, lower: number, upper: number, options: TrimOptions = {}): WeightedDesign {
  if (!(lower <= upper) || Number.isNaN(lower) || Number.isNaN(upper)) {
    throw new WeightingError('weighting.badTrim', { lower, upper }, `trim bounds must satisfy LOW ≤ HIGH, got ${lower},${upper}`);
  }
  const strict = options.strict ?? true;
  let weights = design.weights;
  for (let pass = 0; ; pass++) {
    let outside = 0;
    for (const w of weights) if (w < lower || w > upper) outside++;
    if (outside === 0) break;
    if (pass === 10_000) {
      throw new WeightingError('weighting.trimNotConverged', { lower, upper }, `trimming to ${lower}–${upper} did not settle in 10000 passes`);
    }
    if (outside === weights.length) {
      throw new WeightingError('weighting.trimImpossible', { lower, upper }, `every weight is outside ${lower}–${upper}: the bounds cannot hold the weights' sum`);
    }
    const next = new Float64Array(weights.length);
    let trimmings = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      next[i] = Math.max(lower, Math.min(w, upper));
      trimmings += w - next[i]!;
    }
    const share = trimmings / (weights.length - outside);
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      if (!(w < lower || w > upper)) next[i] = next[i]! + share;
    }
    weights = next;
    if (!strict) break;
  }
  return { n: design.n, weights, calibration: design.calibration };
}

export interface WeightSummary {
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  /** Kish's effective sample size, (Σw)² / Σw². */
  readonly kish_n_eff: number;
  /** Kish's design effect of weighting, n Σw² / (Σw)² = 1 + CV² of the weights. */
  readonly kish_deff: number;
}

export function weightSummary(weights: ArrayLike<number>): WeightSummary {
  let sum = 0;
  let squares = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    sum += w;
    squares += w * w;
    if (w < min) min = w;
    if (w > max) max = w;
  }
  return { sum, min, max, kish_n_eff: (sum * sum) / squares, kish_deff: (weights.length * squares) / (sum * sum) };
}
