// What the ballot reads (ballot.read.ts, ADR 0106): a round and a ballot paper as the server sends
// them (the whole schemas pass them) are read with what the ballot draws; one without it is refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import { BALLOT_ROUNDS_PATH, BallotPaperReadSchema, BallotRoundReadSchema } from './ballot.read.js';
import { BallotPaperSchema } from './ballot-paper.schema.js';
import { BUDGETING_PATHS } from './budgeting.paths.js';
import { RoundSchema } from './round.read.schema.js';

const name = { fi: 'Keskusta', sv: 'Centrum', en: 'Centre' };
const round = {
  id: 'heinola-2027',
  title: { fi: 'Osallistuva budjetointi', sv: 'Deltagande budgetering', en: 'Participatory budgeting' },
  description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
  schedule: {
    proposalsOpenAt: '2027-01-01T00:00:00Z',
    proposalsCloseAt: '2027-02-01T00:00:00Z',
    votingOpenAt: '2027-03-01T00:00:00Z',
    votingCloseAt: '2027-04-01T00:00:00Z',
    resultsAt: '2027-04-02T00:00:00Z',
    implementationAt: '2027-05-01T00:00:00Z',
  },
  phase: 'voting',
  voterMayVoteIn: 'one',
  closedAt: null,
  resultsPublishedAt: null,
  budgets: [
    { id: 'centre', kind: 'area', name, amount: 110_000, rulesSet: true },
    { id: 'north', kind: 'area', name: { fi: 'Pohjoinen', sv: 'Norr', en: 'North' }, amount: 60_000, rulesSet: true },
  ],
};
const paper = {
  budget: 'centre',
  rules: { budget: 110_000, ballot: { type: 'knapsack', minShareSpent: 0.5 }, projects: [{ id: 'p1', cost: 40_000 }] },
  randomOrder: true,
  projects: [{ id: 'p1', cost: 40_000, title: 'Puisto', description: 'Uusi puisto', lang: 'fi' }],
};

test('the ballot reads rounds where the API has them (its copy of the path is the path)', () => {
  assert.equal(BALLOT_ROUNDS_PATH, BUDGETING_PATHS.rounds);
});

test('a round as the server sends it is read with what the ballot draws, unknown fields dropped', () => {
  v.parse(RoundSchema, round);
  const read = v.parse(BallotRoundReadSchema, round);
  assert.deepEqual(read, {
    title: round.title,
    phase: 'voting',
    voterMayVoteIn: 'one',
    budgets: [
      { id: 'centre', name, amount: 110_000 },
      { id: 'north', name: { fi: 'Pohjoinen', sv: 'Norr', en: 'North' }, amount: 60_000 },
    ],
  });
});

test('a round without a drawn field, or with one of the wrong kind, is refused', () => {
  assert.equal(v.safeParse(BallotRoundReadSchema, { ...round, title: { fi: 'Vain suomeksi' } }).success, false);
  assert.equal(v.safeParse(BallotRoundReadSchema, { ...round, phase: undefined }).success, false);
  assert.equal(v.safeParse(BallotRoundReadSchema, { ...round, budgets: [{ id: 'centre', name, amount: '110000' }] }).success, false);
  assert.equal(v.safeParse(BallotRoundReadSchema, { ...round, budgets: [{ id: 'centre', amount: 1 }] }).success, false);
});

test('a ballot paper is read as BallotPaperSchema reads it: the rules kept whole, the projects with their texts', () => {
  const whole = v.parse(BallotPaperSchema, paper);
  const read = v.parse(BallotPaperReadSchema, paper);
  assert.deepEqual(read.rules, whole.rules);
  assert.deepEqual(read.rules.ballot, { type: 'knapsack', minShareSpent: 0.5 });
  assert.deepEqual(read.projects, whole.projects);
  assert.equal(read.randomOrder, true);
  assert.equal(v.safeParse(BallotPaperReadSchema, { ...paper, randomOrder: 'yes' }).success, false);
  assert.equal(v.safeParse(BallotPaperReadSchema, { ...paper, projects: [{ id: 'p1', cost: 40_000, title: 'Puisto', lang: 'fi' }] }).success, false);
  assert.equal(v.safeParse(BallotPaperReadSchema, { ...paper, rules: { budget: '110000', projects: [] } }).success, false);
});
