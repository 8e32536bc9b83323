// `npx kohtaamo-weigh` as a statistician runs it from the repository root (the workspace bin in
// node_modules/.bin, a process of its own), on a second fixture made for this check
// (fixtures/weighting/cli: 157 responses, a column with missing values, a margins file with a
// joint table, one-variable margins and keys that are not margins), against R's survey 4.1.1
// (cli/reference.R wrote cli/reference.json): post-stratification on the joint table and on one
// variable's margin, and raking trimmed to [60, 150] where both bounds bind. The --json output
// must have exactly the shape issue 10 describes and agree with R to 13 significant digits.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = fileURLToPath(new URL('./fixtures/weighting/cli/', import.meta.url));
const bin = `${root}node_modules/.bin/kohtaamo-weigh`;

interface Estimate {
  estimate: number;
  se: number;
  ci95: [number, number];
}
interface Output {
  n: number;
  weights: Record<string, number>;
  summary: Record<'sum' | 'min' | 'max' | 'kish_n_eff' | 'kish_deff', number>;
  estimates: Record<string, Estimate>;
}
const reference = JSON.parse(readFileSync(`${dir}reference.json`, 'utf8')) as { survey_version: string; cases: Record<string, Output & { argv: string[] }> };

/** Significant digits to which a and b agree (17 when equal). */
const digits = (a: number, b: number) => (a === b ? 17 : -Math.log10(Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)));

function run(argv: string[]): { status: number | null; stdout: string; stderr: string } {
  // The command as `npx kohtaamo-weigh` runs it: the bin link npm made, from the repository root.
  return spawnSync(process.execPath, [bin, '--data', `${dir}data.csv`, '--margins', `${dir}margins.json`, ...argv], { cwd: root, encoding: 'utf8' });
}

test(`the reference is R's survey ${reference.survey_version} and the command is installed as a workspace bin`, () => {
  assert.equal(reference.survey_version, '4.1.1');
  assert.deepEqual(Object.keys(reference.cases), ['poststratify_agecls_gender', 'poststratify_region', 'rake_trim_60_150']);
  assert.ok(existsSync(bin), 'npm install links node_modules/.bin/kohtaamo-weigh');
});

for (const [name, expected] of Object.entries(reference.cases)) {
  test(`kohtaamo-weigh ${expected.argv.join(' ')} --estimate score,yes,hours --json agrees with R to 13 digits`, () => {
    const result = run([...expected.argv, '--estimate', 'score,yes,hours', '--json']);
    assert.equal(result.status, 0, result.stderr);
    const output = JSON.parse(result.stdout) as Output;
    // The shape, exactly: no more keys, no fewer, in its order.
    assert.deepEqual(Object.keys(output), ['n', 'weights', 'summary', 'estimates']);
    assert.deepEqual(Object.keys(output.summary), ['sum', 'min', 'max', 'kish_n_eff', 'kish_deff']);
    assert.deepEqual(Object.keys(output.estimates), ['score', 'yes', 'hours']);
    for (const e of Object.values(output.estimates)) {
      assert.deepEqual(Object.keys(e), ['estimate', 'se', 'ci95']);
      assert.equal(e.ci95.length, 2);
    }
    assert.equal(output.n, expected.n);
    assert.deepEqual(Object.keys(output.weights), Object.keys(expected.weights), 'a weight for every id, in the file’s order');

    const worst: Record<string, number> = {};
    const note = (kind: string, ours: number, r: number) => (worst[kind] = Math.min(worst[kind] ?? 17, digits(ours, r)));
    for (const [id, w] of Object.entries(expected.weights)) note('weights', output.weights[id]!, w);
    for (const key of Object.keys(expected.summary) as (keyof Output['summary'])[]) note('summary', output.summary[key], expected.summary[key]);
    for (const [column, e] of Object.entries(expected.estimates)) {
      const mine = output.estimates[column]!;
      note('estimate', mine.estimate, e.estimate);
      note('se', mine.se, e.se);
      note('ci95', mine.ci95[0], e.ci95[0]);
      note('ci95', mine.ci95[1], e.ci95[1]);
    }
    for (const [kind, agreed] of Object.entries(worst)) assert.ok(agreed >= 13, `${name}: ${kind} agree to ${agreed.toFixed(1)} digits with R`);
  });
}

test('the trimmed case really trims at both ends, and post-stratification reaches every cell’s total', () => {
  const trimmed = reference.cases.rake_trim_60_150!.summary;
  assert.equal(trimmed.min, 60);
  assert.equal(trimmed.max, 150);
  const untrimmed = JSON.parse(run(['--method', 'rake', '--rake', 'region,gender,agecls', '--json']).stdout) as Output;
  assert.ok(untrimmed.summary.min < 60 && untrimmed.summary.max > 150, `raking alone leaves weights outside [60, 150]: ${untrimmed.summary.min}–${untrimmed.summary.max}`);
  // Each cell of the joint table weighs exactly its population total.
  const output = JSON.parse(run(['--method', 'poststratify', '--cells', 'agecls,gender', '--json']).stdout) as Output;
  const [header, ...rows] = readFileSync(`${dir}data.csv`, 'utf8').trim().split('\n').map((line) => line.split(','));
  const at = (column: string) => header!.indexOf(column);
  const margins = JSON.parse(readFileSync(`${dir}margins.json`, 'utf8')) as { agecls_gender: { agecls: string; gender: string; total: number }[] };
  for (const cell of margins.agecls_gender) {
    const sum = rows.filter((r) => r[at('agecls')] === cell.agecls && r[at('gender')] === cell.gender).reduce((s, r) => s + output.weights[r[at('id')]!]!, 0);
    assert.ok(Math.abs(sum - cell.total) < 1e-9, `${cell.agecls} × ${cell.gender}: ${sum} vs ${cell.total}`);
  }
});
