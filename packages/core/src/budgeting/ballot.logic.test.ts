import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { isBallotValid, remaining, validateBallot } from './ballot.logic.js';
import { BallotSchema, type Ballot } from './ballot.schema.js';
import { BudgetRulesSchema, type BudgetRulesInput } from './rules.schema.js';

const projects = [
  { id: 'park', cost: 60_000 },
  { id: 'library', cost: 30_000 },
  { id: 'bench', cost: 5_000 },
];
const rules = (ballot: BudgetRulesInput['ballot']) => v.parse(BudgetRulesSchema, { budget: 80_000, projects, ballot, winnerRule: 'mes', completion: 'add1' });
const ballot = (...choices: Ballot['choices']): Ballot => v.parse(BallotSchema, { choices });
const keys = (violations: { key: string }[]) => violations.map((x) => x.key);

test('a blank ballot is always valid, whatever the minimums', () => {
  for (const r of [rules({ type: 'approval', minProjects: 2 }), rules({ type: 'knapsack', minShareSpent: 0.5 }), rules({ type: 'points', totalPoints: 10 })]) {
    assert.deepEqual(validateBallot(r, ballot()), []);
    assert.ok(isBallotValid(r, ballot()));
  }
});

test('approval: between min and max projects, with the counts as parameters', () => {
  const r = rules({ type: 'approval', minProjects: 2, maxProjects: 2 });
  assert.deepEqual(validateBallot(r, ballot({ project: 'park' })), [
    { key: 'budgeting.ballot.tooFew', params: { min: 2, chosen: 1 }, pointer: '/choices' },
  ]);
  assert.deepEqual(validateBallot(r, ballot({ project: 'park' }, { project: 'bench' })), []);
  const three = ballot({ project: 'park' }, { project: 'bench' }, { project: 'library' });
  assert.deepEqual(validateBallot(r, three), [{ key: 'budgeting.ballot.tooMany', params: { max: 2, chosen: 3 }, pointer: '/choices' }]);
  assert.deepEqual(remaining(r, ballot({ project: 'park' })), { projects: 1 });
  assert.deepEqual(remaining(r, three), { projects: -1 });
  // Cost plays no part in an approval ballot: 95,000 € of choices on an 80,000 € budget is fine.
  assert.deepEqual(validateBallot(rules({ type: 'approval' }), three), []);
  assert.deepEqual(remaining(rules({ type: 'approval' }), three), {});
});

test('knapsack: the choice must fit in the budget, and spend the minimum share when one is set', () => {
  const r = rules({ type: 'knapsack', minShareSpent: 0.5 });
  assert.deepEqual(remaining(r, ballot({ project: 'park' })), { money: 20_000 });
  assert.deepEqual(validateBallot(r, ballot({ project: 'park' }, { project: 'bench' })), []);
  assert.deepEqual(validateBallot(r, ballot({ project: 'park' }, { project: 'library' })), [
    { key: 'budgeting.ballot.overBudget', params: { budget: 80_000, total: 90_000, over: 10_000 }, pointer: '/choices' },
  ]);
  assert.deepEqual(remaining(r, ballot({ project: 'park' }, { project: 'library' })), { money: -10_000 });
  assert.deepEqual(validateBallot(r, ballot({ project: 'bench' })), [
    { key: 'budgeting.ballot.underMinimumShare', params: { budget: 80_000, total: 5_000, minimum: 40_000, percent: 50 }, pointer: '/choices' },
  ]);
  // Exactly on the limits is allowed.
  assert.deepEqual(validateBallot(rules({ type: 'knapsack', minShareSpent: 0.75 }), ballot({ project: 'park' })), []);
  assert.deepEqual(validateBallot(rules({ type: 'knapsack' }), ballot({ project: 'bench' })), []);
});

test('points: no more than the total, nor more than the cap on one project; points are required', () => {
  const r = rules({ type: 'points', totalPoints: 10, maxPointsPerProject: 6 });
  assert.deepEqual(validateBallot(r, ballot({ project: 'park', points: 6 }, { project: 'bench', points: 4 })), []);
  assert.deepEqual(remaining(r, ballot({ project: 'park', points: 6 })), { points: 4 });
  assert.deepEqual(keys(validateBallot(r, ballot({ project: 'park', points: 7 }))), ['budgeting.ballot.pointsPerProject']);
  assert.deepEqual(validateBallot(r, ballot({ project: 'park', points: 6 }, { project: 'bench', points: 5 })), [
    { key: 'budgeting.ballot.tooManyPoints', params: { total: 10, used: 11, over: 1 }, pointer: '/choices' },
  ]);
  assert.deepEqual(validateBallot(r, ballot({ project: 'park' })), [
    { key: 'budgeting.ballot.pointsRequired', params: { project: 'park' }, pointer: '/choices/0/points' },
  ]);
  assert.deepEqual(keys(validateBallot(rules({ type: 'approval' }), ballot({ project: 'park', points: 2 }))), ['budgeting.ballot.pointsNotAllowed']);
});

test('unknown and repeated projects point at the choice', () => {
  const r = rules({ type: 'approval', maxProjects: 3 });
  assert.deepEqual(validateBallot(r, ballot({ project: 'park' }, { project: 'pool' }, { project: 'park' })), [
    { key: 'budgeting.ballot.unknownProject', params: { project: 'pool' }, pointer: '/choices/1/project' },
    { key: 'budgeting.ballot.duplicate', params: { project: 'park' }, pointer: '/choices/2/project' },
  ]);
});

test('the rules schema: defaults, and the checks a console needs', () => {
  const r = rules({ type: 'approval' });
  assert.equal(r.utility, 'cost');
  assert.deepEqual(r.tieBreaking.order, ['lowest-cost', 'most-votes', 'lot']);
  assert.equal(r.ballot.type === 'approval' && r.ballot.minProjects, 1);
  const issues = (input: unknown) => {
    const result = v.safeParse(BudgetRulesSchema, input);
    return result.success ? [] : result.issues.map((i) => [v.getDotPath(i), i.message]);
  };
  const base = { budget: 100, projects, ballot: { type: 'approval' }, winnerRule: 'greedy' };
  assert.deepEqual(issues({ ...base, ballot: { type: 'approval', minProjects: 3, maxProjects: 2 } }), [['ballot.maxProjects', 'budgeting.rules.maxBelowMin']]);
  assert.deepEqual(issues({ ...base, completion: 'add1' }), [['completion', 'budgeting.rules.completion.mesOnly']]);
  assert.deepEqual(issues({ ...base, tieBreaking: { order: ['lot'], lot: ['park', 'bench'] } }), [['tieBreaking.lot', 'budgeting.rules.tieBreaking.lot']]);
  assert.deepEqual(issues({ ...base, tieBreaking: { order: ['lot', 'lot'] } }), [['tieBreaking.order', 'budgeting.rules.tieBreaking.repeated']]);
  assert.deepEqual(issues({ ...base, projects: [projects[0], projects[0]] }), [['projects', 'budgeting.rules.projects.duplicate']]);
  assert.deepEqual(issues({ ...base, ballot: { type: 'points', totalPoints: 5, maxPointsPerProject: 6 } }), [['ballot.maxPointsPerProject', 'budgeting.rules.maxPointsAboveTotal']]);
  assert.ok(issues({ ...base, ballot: { type: 'ranked' } }).length > 0);
  assert.ok(issues({ ...base, budget: 1.5 }).length > 0);
});
