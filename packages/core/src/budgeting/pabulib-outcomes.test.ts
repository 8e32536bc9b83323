// Correctness against real data: every outcome saved in test/fixtures/pabulib/*.expected.json
// (computed independently with pabutools in exact fractions and cross-checked against
// equalshares.net) must come out of our rules set for set, with the same total cost, under
// the conventions test/fixtures/pabulib/README.md defines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { equalSharesDetailed } from './equal-shares.js';
import { projectIndices, votersWithAWinner } from './outcome.logic.js';
import { electionFromPabulib, parsePabulib, selectedInFile } from './pabulib.js';
import { CompletionSchema, UtilitySchema, WinnerRuleSchema } from './rules.schema.js';
import { tally, type TallyOptions } from './tally.js';
import type { TieBreaking } from './tie-breaking.js';

const dir = join(import.meta.dirname, '../../../../test/fixtures/pabulib');
const INSTANCES = ['poland_warszawa_2018_marysin-wawerski-polnocny', 'poland_wieliczka_2023_green-budget'];

interface Expected {
  selected_in_file: { projects: string[]; cost: number };
  pabutools_outcomes: Record<string, { projects: string[]; cost: number; final_per_voter_budget?: number }>;
}

/** The README's table: outcome key → kohtaamo-tally flags. */
const FLAGS: Record<string, TallyOptions & { integralStart?: boolean }> = {
  greedy_cost_sat: { rule: 'greedy', utility: 'cost' },
  greedy_cardinality_sat: { rule: 'greedy', utility: 'approval' },
  mes_cost_sat_no_completion: { rule: 'mes', utility: 'cost', completion: 'none' },
  mes_cardinality_sat_no_completion: { rule: 'mes', utility: 'approval', completion: 'none' },
  seq_phragmen: { rule: 'phragmen' },
  mes_cost_sat_add1: { rule: 'mes', utility: 'cost', completion: 'add1-exhaustive' },
  mes_cost_sat_add1_no_exhaustive_stop: { rule: 'mes', utility: 'cost', completion: 'add1' },
  mes_cost_sat_add1_then_greedy_cost_sat: { rule: 'mes', utility: 'cost', completion: 'add1-greedy' },
  mes_cost_sat_add1_integral_start: { rule: 'mes', utility: 'cost', completion: 'add1-exhaustive', integralStart: true },
};

const TIE_ORDERS: Record<string, TieBreaking> = {
  'declared order (lowest cost, most votes, lot)': { order: ['lowest-cost', 'most-votes', 'lot'] },
  'lexicographic ids (pabutools)': { order: ['lot'] },
};

const sorted = (ids: Iterable<string>) => [...ids].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));

for (const name of INSTANCES) {
  const file = parsePabulib(readFileSync(join(dir, `${name}.pb`), 'utf8'));
  const election = electionFromPabulib(file);
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;

  test(`${name}: the file reads as the README describes it`, () => {
    assert.equal(election.voters, Number(file.meta['num_votes']));
    assert.equal(election.projects.length, Number(file.meta['num_projects']));
    assert.equal(election.budget.toString(), file.meta['budget']);
    assert.deepEqual(sorted(selectedInFile(file)), sorted(expected.selected_in_file.projects));
  });

  for (const [key, outcome] of Object.entries(expected.pabutools_outcomes)) {
    const flags = FLAGS[key];
    for (const [orderName, tieBreaking] of Object.entries(TIE_ORDERS)) {
      test(`${name}: ${key} reproduces exactly (${orderName})`, () => {
        assert.ok(flags, `no mapping for the saved outcome ${key}`);
        if (flags.integralStart) {
          const r = equalSharesDetailed(election, { utility: 'cost', completion: 'add1-exhaustive', integralStart: true, tieBreaking });
          const ids = r.winners.map((p) => election.projects[p]!.id);
          assert.deepEqual(sorted(ids), sorted(outcome.projects));
          return;
        }
        const result = tally(election, { ...flags, tieBreaking });
        assert.deepEqual(sorted(result.winners), sorted(outcome.projects));
        assert.equal(result.cost.toString(), String(outcome.cost));
        if (outcome.final_per_voter_budget !== undefined) {
          assert.ok(Math.abs(result.perVoterBudget!.toNumber() - outcome.final_per_voter_budget) < 1e-9);
        }
      });
    }
  }
}

test('Marysin: greedy is the official result; exhaustive-stop Add1 swaps 506 for 235', () => {
  const file = parsePabulib(readFileSync(join(dir, `${INSTANCES[0]}.pb`), 'utf8'));
  const election = electionFromPabulib(file);
  const greedy = tally(election, { rule: 'greedy' });
  assert.deepEqual(sorted(greedy.winners), ['248', '397', '506', '1189']);
  assert.equal(greedy.cost.toString(), '138520');
  const mes = tally(election, { rule: 'mes', completion: 'add1-exhaustive' });
  assert.deepEqual(sorted(mes.winners), ['235', '248', '397', '1189']);
  assert.equal(mes.cost.toString(), '132860');
});

test('Wieliczka: the official 30 winners are equal shares with Add1 (no exhaustive stop); the stop gives official − {46} + {66, 67}', () => {
  const file = parsePabulib(readFileSync(join(dir, `${INSTANCES[1]}.pb`), 'utf8'));
  const election = electionFromPabulib(file);
  const official = selectedInFile(file);
  const add1 = tally(election, { rule: 'mes', completion: 'add1' });
  assert.deepEqual(sorted(add1.winners), sorted(official));
  assert.equal(add1.cost.toString(), '995079');
  const stop = tally(election, { rule: 'mes', completion: 'add1-exhaustive' });
  assert.deepEqual(sorted(stop.winners), sorted([...official.filter((id) => id !== '46'), '66', '67']));
  // Share of voters with none of their approved projects funded: 17.8 % official, 27.6 % greedy.
  const none = (ids: string[]) => 1 - votersWithAWinner(election, projectIndices(election, ids)).share;
  assert.equal((none(official) * 100).toFixed(1), '17.8');
  assert.equal((none(tally(election, { rule: 'greedy' }).winners) * 100).toFixed(1), '27.6');
});

// What the saved outcomes prove, and what they do not: every winner rule and every completion
// the rules offer has a saved outcome on each instance that the tests above reproduce. Equal
// shares' completions are saved here with cost utilities only; with approval utilities and with
// points (on two cumulative-ballot instances) every completion is checked in
// pabulib-completions.test.ts. A rule or completion added to the schemas fails here until a
// saved outcome proves it.
test('every winner rule and every completion the rules offer has a saved outcome on each instance', () => {
  for (const name of INSTANCES) {
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    const saved = Object.keys(expected.pabutools_outcomes).map((key) => FLAGS[key]!);
    const rules = new Set(saved.map((f) => f.rule));
    const completions = new Set(saved.filter((f) => f.rule === 'mes').map((f) => f.completion ?? 'none'));
    const utilities = new Set(saved.filter((f) => f.rule === 'mes').map((f) => f.utility ?? 'cost'));
    assert.deepEqual([...rules].sort(), [...WinnerRuleSchema.options].sort(), name);
    assert.deepEqual([...completions].sort(), [...CompletionSchema.options].sort(), name);
    assert.deepEqual([...utilities].sort(), UtilitySchema.options.filter((u) => u !== 'points').sort(), name);
  }
});
