import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, test } from 'node:test';
import { validateBallot, type BallotChoice, type BudgetRules } from '@kohtaamo/core';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { seedBudgetingAtScale } from './budgeting.scale-seed.js';

const databases: TestDatabase[] = [];
after(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
});

const NOW = new Date('2026-12-01T12:00:00.000Z');

async function written(seed: number) {
  const database = await createTestDatabase();
  databases.push(database);
  const db = database.handle.db;
  const outcome = await seedBudgetingAtScale(db, { size: 3000, seed, years: 2, now: NOW });
  const ballots = await db.selectFrom('budgeting_ballots').select(['id', 'budget_id', 'choices_json', 'receipt_code']).orderBy('id').execute();
  const participation = await db.selectFrom('budgeting_participation').select(['round_id', 'voter_key']).orderBy('voter_key').execute();
  const budgets = await db.selectFrom('budgeting_budgets').select(['id', 'rules_json']).execute();
  return { outcome, ballots, participation, budgets, digest: createHash('sha256').update(JSON.stringify([ballots, participation, budgets])).digest('hex') };
}

test(`the city-scale generator writes the same valid ballots from the same seed (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const a = await written(42);
  const b = await written(42);
  const c = await written(43);
  assert.equal(a.digest, b.digest);
  assert.notEqual(a.digest, c.digest);
  assert.deepEqual(a.outcome, { rounds: ['scale-2026'], ballots: 3000 }, 'one round up to 100,000 ballots');
  assert.equal(a.ballots.length, 3000);
  assert.equal(a.participation.length, 3000, 'one participation row per ballot');
  assert.equal(new Set(a.ballots.map((x) => x.receipt_code)).size, 3000);
  const rules = new Map(a.budgets.map((x) => [x.id, JSON.parse(x.rules_json!) as BudgetRules]));
  for (const ballot of a.ballots) {
    const choices = JSON.parse(ballot.choices_json) as BallotChoice[];
    assert.deepEqual(validateBallot(rules.get(ballot.budget_id)!, { choices }), [], ballot.choices_json);
  }
  // Popular projects are popular: the most chosen project has several times the votes of the median one.
  const votes = new Map<string, number>();
  for (const ballot of a.ballots) for (const c of JSON.parse(ballot.choices_json) as BallotChoice[]) votes.set(c.project, (votes.get(c.project) ?? 0) + 1);
  const sorted = [...votes.values()].sort((x, y) => y - x);
  assert.ok(sorted[0]! > 3 * sorted[Math.floor(sorted.length / 2)]!, `skewed: ${sorted.slice(0, 3).join(', ')} …`);
});
