// The weighting and its standard errors against R's survey package (4.1.1, Debian 12's
// r-cran-survey): fixtures/weighting/reference.R computed reference.json from the same CSV and
// margins files; here the same cases run through the kohtaamo-weigh command's code and must
// agree to the digits asserted below (relative agreement; 1e-12 is twelve significant digits).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseCsv } from './csv.js';
import { effectiveSampleSize, weightedMean, weightedProportion, wilsonInterval, Z_95 } from './estimation.js';
import { weigh, type WeighOptions, type WeighResult } from './weigh.command.js';
import { baseDesign, rake } from './weighting.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/weighting/${name}`, import.meta.url), 'utf8');

interface ReferenceEstimate {
  estimate: number;
  se: number;
  ci95: [number, number];
}
interface ReferenceCase {
  n: number;
  weights: Record<string, number>;
  summary: Record<string, number>;
  estimates: Record<string, ReferenceEstimate>;
  iterations?: number;
  converged?: boolean;
  wilson?: { p: number; n_eff: number; ci95: [number, number] };
}
const reference = JSON.parse(fixture('reference.json')) as {
  survey_version: string;
  z: number;
  cases: Record<string, ReferenceCase>;
  prop_test: { x: number; n: number; ci95: [number, number] }[];
};

const respondents = parseCsv(fixture('respondents.csv'));
const small = parseCsv(fixture('small.csv'));
const margins = JSON.parse(fixture('margins.json'));
const smallMargins = JSON.parse(fixture('small-margins.json'));
const columns = ['satisfied', 'recommend', 'enjoy'];

/** Significant digits to which a and b agree (17 when equal). */
function digits(a: number, b: number): number {
  if (a === b) return 17;
  return -Math.log10(Math.abs(a - b) / Math.max(Math.abs(b), 1e-300));
}

/** The worst agreement over every number of a case, by kind, so failures say where. */
function compare(name: string, ours: WeighResult, expected: ReferenceCase): Record<string, number> {
  const worst: Record<string, number> = { weights: 17, summary: 17, estimate: 17, se: 17, ci95: 17 };
  const note = (kind: string, a: number, b: number) => (worst[kind] = Math.min(worst[kind]!, digits(a, b)));
  assert.equal(ours.output.n, expected.n, `${name}: n`);
  assert.deepEqual(Object.keys(ours.output.weights).sort(), Object.keys(expected.weights).sort());
  for (const [id, w] of Object.entries(expected.weights)) note('weights', ours.output.weights[id]!, w);
  for (const key of ['sum', 'min', 'max', 'kish_n_eff', 'kish_deff'] as const) note('summary', ours.output.summary[key], expected.summary[key]!);
  for (const [column, e] of Object.entries(expected.estimates)) {
    const mine = ours.output.estimates[column]!;
    note('estimate', mine.estimate, e.estimate);
    note('se', mine.se, e.se);
    note('ci95', mine.ci95[0], e.ci95[0]);
    note('ci95', mine.ci95[1], e.ci95[1]);
  }
  if (expected.iterations !== undefined) assert.equal(ours.iterations, expected.iterations, `${name}: raking passes`);
  return worst;
}

const options = (o: Partial<WeighOptions>): WeighOptions => ({ method: 'rake', cells: [], rake: [], trimStrict: true, estimate: columns, ...o });

const cases: [string, () => WeighResult][] = [
  ['poststratify_age_sex', () => weigh(respondents, margins, options({ method: 'poststratify', cells: ['age_group', 'sex'] }))],
  ['poststratify_area', () => weigh(respondents, margins, options({ method: 'poststratify', cells: ['area'] }))],
  ['rake_age_sex_area', () => weigh(respondents, margins, options({ rake: ['age_group', 'sex', 'area'] }))],
  ['rake_joint_and_area', () => weigh(respondents, margins, options({ rake: ['age_group*sex', 'area'] }))],
  ['rake_default_control', () => weigh(respondents, margins, options({ rake: ['age_group', 'sex', 'area'], epsilon: 1, maxIterations: 10 }))],
  ['rake_design_weights', () => weigh(respondents, margins, options({ rake: ['age_group', 'sex', 'area'], baseWeight: 'design_weight' }))],
  ['poststratify_design_weights', () => weigh(respondents, margins, options({ method: 'poststratify', cells: ['sex', 'age_group'], baseWeight: 'design_weight' }))],
  ['rake_trim_strict', () => weigh(respondents, margins, options({ rake: ['age_group', 'sex', 'area'], trim: [20, 45] }))],
  ['rake_trim_once', () => weigh(respondents, margins, options({ rake: ['age_group', 'sex', 'area'], trim: [20, 45], trimStrict: false }))],
  ['small_rake', () => weigh(small, smallMargins, options({ rake: ['age2', 'sex'], estimate: ['uses_library', 'satisfied'] }))],
];

/** Least agreement asserted, in significant digits, per kind of figure. */
const REQUIRED: Record<string, number> = { weights: 13, summary: 13, estimate: 13, se: 13, ci95: 13 };

test(`the reference was made with R's survey ${reference.survey_version} and has every case`, () => {
  assert.equal(reference.survey_version, '4.1.1');
  assert.deepEqual(Object.keys(reference.cases).sort(), cases.map(([name]) => name).sort());
  assert.equal(reference.z, Z_95);
});

for (const [name, run] of cases) {
  test(`R agreement: ${name}`, () => {
    const worst = compare(name, run(), reference.cases[name]!);
    for (const [kind, least] of Object.entries(REQUIRED)) {
      assert.ok(worst[kind]! >= least, `${name}: ${kind} agree to ${worst[kind]!.toFixed(1)} digits, fewer than ${least}`);
    }
  });
}

test('the trimmed cases differ from each other, so both trimming rules are really tested', () => {
  const strict = reference.cases.rake_trim_strict!.summary;
  const once = reference.cases.rake_trim_once!.summary;
  assert.equal(strict.max, 45);
  assert.ok(once.max! > 45, 'one pass leaves a weight above the bound');
});

test('Wilson interval: the same as R’s prop.test without continuity correction', () => {
  for (const { x, n, ci95 } of reference.prop_test) {
    const [lo, hi] = wilsonInterval(x / n, n);
    assert.ok(digits(lo, ci95[0]) >= 13 || Math.abs(lo - ci95[0]) < 1e-15, `${x}/${n} lower ${lo} vs ${ci95[0]}`);
    assert.ok(digits(hi, ci95[1]) >= 13, `${x}/${n} upper ${hi} vs ${ci95[1]}`);
  }
});

test('Wilson interval of a small weighted group, on the effective sample size p(1-p)/var', () => {
  const expected = reference.cases.small_rake!.wilson!;
  const table = small;
  const level = (name: string) => table.rows.map((row) => row[table.header.indexOf(name)]!);
  const design = rake(baseDesign(table.rows.length), [
    { name: 'age2', levels: level('age2'), population: new Map(Object.entries(smallMargins.age2 as Record<string, number>)) },
    { name: 'sex', levels: level('sex'), population: new Map(Object.entries(smallMargins.sex as Record<string, number>)) },
  ]).design;
  const values = level('uses_library').map(Number);
  const estimate = weightedMean(design, values);
  assert.ok(digits(estimate.estimate, expected.p) >= 12);
  const nEff = effectiveSampleSize(design, values, estimate);
  assert.ok(digits(nEff, expected.n_eff) >= 10, `n_eff ${nEff} vs ${expected.n_eff}`);
  const proportion = weightedProportion(design, values);
  assert.equal(proportion.method, 'wilson', 'a group of 24 gets the Wilson interval');
  assert.ok(digits(proportion.interval[0], expected.ci95[0]) >= 10, `${proportion.interval[0]} vs ${expected.ci95[0]}`);
  assert.ok(digits(proportion.interval[1], expected.ci95[1]) >= 10, `${proportion.interval[1]} vs ${expected.ci95[1]}`);
  assert.ok(proportion.interval[0] > 0, 'unlike the Wald interval, Wilson’s stays above 0');
  const p = proportion.estimate;
  assert.ok(proportion.interval[1] - p > p - proportion.interval[0], 'Wilson’s interval of a rare answer leans away from 0');
  assert.notDeepEqual(proportion.interval, proportion.ci95);
});

// Prints the agreement per case and kind, for the report (`node --import tsx --test … | grep digits`).
test('agreement table', (t) => {
  for (const [name, run] of cases) {
    const worst = compare(name, run(), reference.cases[name]!);
    t.diagnostic(`digits ${name}: ${Object.entries(worst).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
});
