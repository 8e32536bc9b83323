import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from './tally.cli.js';

const root = join(import.meta.dirname, '../../../..');
const fixtures = join(root, 'test/fixtures/pabulib');
const marysin = join(fixtures, 'poland_warszawa_2018_marysin-wawerski-polnocny.pb');
const expected = JSON.parse(readFileSync(join(fixtures, 'poland_warszawa_2018_marysin-wawerski-polnocny.expected.json'), 'utf8')) as {
  pabutools_outcomes: Record<string, { projects: string[]; cost: number }>;
};

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, (t) => (out += t), (t) => (err += t));
  return { code, out, err };
}

test('--json prints the winners and their total cost (the README flags of each saved outcome)', () => {
  const cases: [string, string[]][] = [
    ['greedy_cost_sat', ['--rule', 'greedy', '--utility', 'cost']],
    ['greedy_cardinality_sat', ['--rule', 'greedy', '--utility', 'approval']],
    ['mes_cost_sat_no_completion', ['--rule', 'mes', '--utility', 'cost', '--completion', 'none']],
    ['mes_cardinality_sat_no_completion', ['--rule', 'mes', '--utility', 'approval']],
    ['seq_phragmen', ['--rule', 'phragmen']],
    ['mes_cost_sat_add1', ['--rule', 'mes', '--completion', 'add1-exhaustive']],
    ['mes_cost_sat_add1_no_exhaustive_stop', ['--rule', 'mes', '--completion', 'add1']],
    ['mes_cost_sat_add1_then_greedy_cost_sat', ['--rule', 'mes', '--completion', 'add1-greedy']],
  ];
  for (const [key, flags] of cases) {
    const { code, out } = run(marysin, ...flags, '--json');
    assert.equal(code, 0, key);
    const json = JSON.parse(out) as { winners: string[]; cost: number };
    assert.deepEqual([...json.winners].sort(), [...expected.pabutools_outcomes[key]!.projects].sort(), key);
    assert.equal(json.cost, expected.pabutools_outcomes[key]!.cost, key);
  }
});

test('wrong arguments exit 2 with the usage; an unreadable file exits 1', () => {
  for (const argv of [[marysin], [marysin, '--rule', 'borda'], [marysin, '--rule', 'greedy', '--completion', 'add1'], ['--rule', 'mes'], [marysin, '--rule', 'mes', '--bogus']]) {
    const { code, err } = run(...argv);
    assert.equal(code, 2, argv.join(' '));
    assert.match(err, /Usage: kohtaamo-tally/);
  }
  const missing = run(join(fixtures, 'missing.pb'), '--rule', 'greedy');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /missing\.pb/);
  assert.match(run('--help').out, /--completion/);
});

test('the workspace bin runs with plain node, and npm links it as node_modules/.bin/kohtaamo-tally', () => {
  const bin = join(root, 'packages/core/bin/kohtaamo-tally.js');
  const result = spawnSync(process.execPath, [bin, marysin, '--rule', 'mes', '--completion', 'add1-exhaustive', '--json'], { encoding: 'utf8', cwd: root });
  assert.equal(result.status, 0, result.stderr);
  const json = JSON.parse(result.stdout) as { winners: string[]; cost: number };
  assert.deepEqual([...json.winners].sort(), ['1189', '235', '248', '397']);
  assert.equal(json.cost, 132860);
  const link = join(root, 'node_modules/.bin/kohtaamo-tally');
  assert.ok(existsSync(link), 'npm ci links the bin (run npm install after changing package.json)');
  assert.equal(realpathSync(link), realpathSync(bin));
});
