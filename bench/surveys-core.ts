// Benchmarks of the surveys core (pure TypeScript, no DOM), each beside a baseline measured in
// the same run, on this machine:
//  1. weighting 100,000 responses: raking on 3 variables (age group × sex × area margins) and
//     the linearisation SEs of two estimates; baseline: one pass over the data (a weighted mean
//     without a standard error), the least any weighting must do.
//  2. conditions after one answer in a 200-question survey with 50 conditions: the dependency
//     graph's update; baseline: evaluating every condition and flag again, as an engine without
//     dependency tracking does.
// Usage: npm run bench:surveys   (or node --conditions=source --import tsx bench/surveys-core.ts --json)
import { performance } from 'node:perf_hooks';
import {
  baseDesign,
  checkSurveyDefinition,
  compileSurveyLogic,
  postStratify,
  rake,
  weightedMean,
  type Margin,
  type SurveyDefinitionInput,
} from '../packages/core/src/surveys/index.js';
import { mulberry32 } from '../packages/core/src/random/index.js';

const json = process.argv.includes('--json');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(runs: number, f: () => void): number {
  f(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    f();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// --- 1. Weighting 100,000 responses -------------------------------------------------------
const N = 100_000;
const random = mulberry32(42);
const pick = <T>(items: readonly T[], weights: readonly number[]): T => {
  let u = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((u -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
};
const ages = ['18-34', '35-54', '55-74', '75+'];
const areas = ['centre', 'jyranko', 'other_town', 'vierumaki', 'lusi', 'rural'];
const age = Array.from({ length: N }, () => pick(ages, [12, 22, 42, 24]));
const sex = Array.from({ length: N }, () => pick(['female', 'male'], [56, 44]));
const area = Array.from({ length: N }, () => pick(areas, [30, 18, 22, 10, 8, 12]));
const satisfied = Array.from({ length: N }, () => (random() < 0.64 ? 1 : 0));
const recommend = Array.from({ length: N }, () => Math.floor(random() * 11));
const margins: Margin[] = [
  { name: 'age_group', levels: age, population: new Map([['18-34', 3000], ['35-54', 3900], ['55-74', 5600], ['75+', 2800]]) },
  { name: 'sex', levels: sex, population: new Map([['female', 7920], ['male', 7380]]) },
  {
    name: 'area',
    levels: area,
    population: new Map([['centre', 5200], ['jyranko', 3100], ['other_town', 3900], ['vierumaki', 1100], ['lusi', 600], ['rural', 1400]]),
  },
];

let passes = 0;
const baselineMean = time(9, () => {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < N; i++) {
    sum += satisfied[i]! * 0.153;
    total += 0.153;
  }
  if (!(sum / total >= 0)) throw new Error('unreachable');
});
const poststratifyOnly = time(9, () => void postStratify(baseDesign(N), margins[0]!));
const rakeOnly = time(5, () => {
  const result = rake(baseDesign(N), margins);
  passes = result.iterations;
});
const raked = rake(baseDesign(N), margins).design;
const estimates = time(5, () => {
  weightedMean(raked, satisfied);
  weightedMean(raked, recommend);
});
const rakeAndEstimate = rakeOnly + estimates;

// --- 2. Conditions after one answer ------------------------------------------------------
const t = (text: string) => ({ fi: text, sv: text, en: text });
const QUESTIONS = 200;
const CONDITIONS = 50;
const conditionRandom = mulberry32(7);
const conditional = new Set<number>();
while (conditional.size < CONDITIONS) conditional.add(10 + Math.floor(conditionRandom() * (QUESTIONS - 10)));
// Conditions read one of the first 20 questions (screening questions), as real surveys do.
const pages = Array.from({ length: 20 }, (_, p) => ({
  id: `p${p}`,
  sections: [
    {
      id: `s${p}`,
      questions: Array.from({ length: 10 }, (_, k) => {
        const i = p * 10 + k;
        const read = Math.floor(conditionRandom() * Math.min(i, 20));
        const threshold = Math.floor(conditionRandom() * 10);
        return {
          id: `q${i}`,
          type: 'rating' as const,
          text: t(`Question ${i}`),
          min: 0,
          max: 10,
          minLabel: t('0'),
          maxLabel: t('10'),
          ...(conditional.has(i) ? { visibleIf: `q${read} >= ${threshold} or answered(q${Math.min(read + 1, i - 1)})` } : {}),
        };
      }),
    },
  ],
}));
const definitionInput: SurveyDefinitionInput = { format: 'kohtaamo-survey/1', id: 'bench', version: 1, title: t('Bench'), pages };
const checked = checkSurveyDefinition(definitionInput);
if (!checked.ok) throw new Error(JSON.stringify(checked.errors.slice(0, 3)));
const logic = compileSurveyLogic(checked.definition);
if (logic.conditions.length !== CONDITIONS) throw new Error(`expected ${CONDITIONS} conditions, got ${logic.conditions.length}`);
const answers = Object.fromEntries(Array.from({ length: QUESTIONS }, (_, i) => [`q${i}`, i % 11]));
const state = logic.start(answers);
// The answer that the most conditions read.
const readers = new Map<string, number>();
for (const c of logic.conditions) for (const name of c.reads) readers.set(name, (readers.get(name) ?? 0) + 1);
const [busiest, busiestReaders] = [...readers.entries()].sort((a, b) => b[1] - a[1])[0]!;
const quiet = 'q150';

let value = 0;
let evaluated = 0;
const REPEAT = 2000;
const incremental = time(15, () => {
  for (let r = 0; r < REPEAT; r++) evaluated = state.setAnswer(busiest, (value = (value + 3) % 11)).conditionsEvaluated;
}) / REPEAT;
const incrementalQuiet = time(15, () => {
  for (let r = 0; r < REPEAT; r++) state.setAnswer(quiet, (value = (value + 3) % 11));
}) / REPEAT;
const full = time(15, () => {
  for (let r = 0; r < REPEAT; r++) {
    state.setAnswer(quiet, (value = (value + 3) % 11));
    state.evaluateAll();
  }
}) / REPEAT;

const rows = {
  machine: `node ${process.version}, ${process.arch}`,
  weighting: {
    responses: N,
    baseline_weighted_mean_ms: baselineMean,
    poststratify_one_variable_ms: poststratifyOnly,
    rake_3_variables_ms: rakeOnly,
    rake_passes: passes,
    two_estimates_with_se_ms: estimates,
    rake_and_estimate_ms: rakeAndEstimate,
  },
  conditions: {
    questions: QUESTIONS,
    conditions: CONDITIONS,
    nodes: logic.nodeIds.length,
    answer_changed: busiest,
    conditions_reading_it: busiestReaders,
    conditions_evaluated_incremental: evaluated,
    incremental_update_us: incremental * 1000,
    incremental_update_unread_answer_us: incrementalQuiet * 1000,
    baseline_full_evaluation_us: full * 1000,
  },
};

if (json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const ms = (x: number) => `${x.toFixed(2).padStart(9)} ms`;
  const us = (x: number) => `${(x * 1000).toFixed(1).padStart(9)} µs`;
  const ratio = (x: number, base: number) => `${(x / base).toFixed(1)}×`.padStart(8);
  console.log(`surveys core bench (${rows.machine}); medians`);
  console.log(`\nweighting ${N.toLocaleString('en-US')} responses`);
  console.log(`  baseline: one weighted mean, no SE    ${ms(baselineMean)} ${ratio(baselineMean, baselineMean)}`);
  console.log(`  post-stratify on one variable         ${ms(poststratifyOnly)} ${ratio(poststratifyOnly, baselineMean)}`);
  console.log(`  rake on 3 variables (${passes} passes)      ${ms(rakeOnly)} ${ratio(rakeOnly, baselineMean)}`);
  console.log(`  2 estimates with linearisation SEs    ${ms(estimates)} ${ratio(estimates, baselineMean)}`);
  console.log(`  rake + 2 estimates                    ${ms(rakeAndEstimate)} ${ratio(rakeAndEstimate, baselineMean)}`);
  console.log(`\nconditions: ${QUESTIONS} questions, ${CONDITIONS} conditions, ${logic.nodeIds.length} graph nodes`);
  console.log(`  baseline: evaluate everything again   ${us(full)} ${ratio(full, full)}`);
  console.log(`  one answer read by ${busiestReaders} conditions (${busiest}) ${us(incremental)} ${ratio(incremental, full)}  (${evaluated} conditions evaluated)`);
  console.log(`  one answer no condition reads         ${us(incrementalQuiet)} ${ratio(incrementalQuiet, full)}`);
}
