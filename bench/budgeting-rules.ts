// Speed of the winner rules (issue 9): every rule on the Wieliczka instance (6,586 ballots, 64
// projects) and on a generated city-wide instance (100,000 ballots, 150 projects, 1–5
// approvals each, skewed popularity; reproducible from --seed), in exact arithmetic.
//
// Beside each figure, baselines measured in the same run on the same machine:
//  - "one pass": reading every ballot once and counting votes (the least any rule must do);
//  - "plain MES": one run of equal shares as the paper writes it (per voter, exact, every ρ
//    recomputed every round; equal-shares.naive.ts), which every Add1 step would cost if it
//    reran the method naively.
// Usage: npm run bench:budgeting [-- --seed 1 --ballots 100000 --projects 150 --json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { electionFromPabulib, parsePabulib, tally, voteCounts, type Election, type TallyOptions } from '../packages/core/src/budgeting/index.js';
import { generateCity } from './budgeting-city.js';
import { naiveEqualShares } from '../packages/core/src/budgeting/equal-shares.naive.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    ballots: { type: 'string', default: '100000' },
    projects: { type: 'string', default: '150' },
    json: { type: 'boolean', default: false },
  },
});

/**
 * Wall-clock seconds and this process's CPU seconds: on a machine shared with other work the
 * CPU figure is the steadier one (wall time counts the waits for a core).
 */
function seconds<T>(run: () => T): { value: T; s: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = run();
  const cpu = process.cpuUsage(cpu0);
  return { value, s: Number(process.hrtime.bigint() - start) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
}

const RULES: [string, TallyOptions][] = [
  ['greedy (most votes first)', { rule: 'greedy', utility: 'cost' }],
  ['greedy (votes per euro)', { rule: 'greedy', utility: 'approval' }],
  ['phragmen', { rule: 'phragmen' }],
  ['mes cost, none', { rule: 'mes', utility: 'cost', completion: 'none' }],
  ['mes approval, none', { rule: 'mes', utility: 'approval', completion: 'none' }],
  ['mes cost, add1-exhaustive', { rule: 'mes', utility: 'cost', completion: 'add1-exhaustive' }],
  ['mes cost, add1', { rule: 'mes', utility: 'cost', completion: 'add1' }],
  ['mes cost, add1-greedy', { rule: 'mes', utility: 'cost', completion: 'add1-greedy' }],
  ['mes approval, add1-exhaustive', { rule: 'mes', utility: 'approval', completion: 'add1-exhaustive' }],
  ['mes approval, add1', { rule: 'mes', utility: 'approval', completion: 'add1' }],
  ['mes approval, add1-greedy', { rule: 'mes', utility: 'approval', completion: 'add1-greedy' }],
];

type Row = { instance: string; what: string; seconds: number; cpu: number; winners?: number; runs?: string };
const rows: Row[] = [];
let lastInstance = '';
/** Prints each figure as soon as it is measured (unless --json). */
function report(row: Row): void {
  rows.push(row);
  if (values.json) return;
  if (row.instance !== lastInstance) console.log(`\n${row.instance}`);
  lastInstance = row.instance;
  console.log(
    `  ${row.what.padEnd(36)} ${row.seconds.toFixed(3).padStart(8)} s wall ${row.cpu.toFixed(3).padStart(8)} s cpu${row.winners !== undefined ? `  ${String(row.winners).padStart(3)} winners` : ''}${row.runs ? `  ${row.runs}` : ''}`,
  );
}

function benchInstance(name: string, election: Election): void {
  const pass = seconds(() => voteCounts(election));
  report({ instance: name, what: 'baseline: one pass counting votes', seconds: pass.s, cpu: pass.cpu });
  // Warm the JIT up (unreported), so the first rule measured is not also the slowest.
  tally(election, { rule: 'greedy' });
  tally(election, { rule: 'mes' });
  tally(election, { rule: 'phragmen' });
  const perVoter = election.budget.divInt(election.voters);
  if (election.voters <= 10_000) {
    // The plain per-voter MES takes minutes on 100,000 ballots: measured on the small instance only.
    const naive = seconds(() => naiveEqualShares(election, 'cost', perVoter));
    report({ instance: name, what: 'baseline: plain MES cost, one run', seconds: naive.s, cpu: naive.cpu, winners: naive.value.length });
  }
  for (const [what, options] of RULES) {
    const r = seconds(() => tally(election, options));
    report({
      instance: name,
      what,
      seconds: r.s,
      cpu: r.cpu,
      winners: r.value.winners.length,
      ...(r.value.perVoterBudget ? { runs: `per voter ${r.value.perVoterBudget.toNumber().toFixed(2)} (start ${perVoter.toNumber().toFixed(2)})` } : {}),
    });
  }
}

const fixture = join(import.meta.dirname, '../test/fixtures/pabulib/poland_wieliczka_2023_green-budget.pb');
const parsed = seconds(() => electionFromPabulib(parsePabulib(readFileSync(fixture, 'utf8'))));
report({ instance: 'Wieliczka 2023', what: 'read the .pb file', seconds: parsed.s, cpu: parsed.cpu });
benchInstance('Wieliczka 2023', parsed.value);

const ballots = Number(values.ballots);
const projects = Number(values.projects);
const generated = seconds(() => generateCity(Number(values.seed), ballots, projects));
const city = generated.value;
const name = `generated (seed ${values.seed}, ${ballots} ballots, ${projects} projects, ${city.ballots.length} distinct)`;
report({ instance: name, what: 'generate', seconds: generated.s, cpu: generated.cpu });
benchInstance(name, city);

if (values.json) console.log(JSON.stringify(rows, null, 2));
