// Winner rules on small elections worked out by hand (the comments show the arithmetic), beside
// the real-data checks in pabulib-outcomes.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildElection, type RawBallot } from './election.js';
import { EqualSharesEngine, equalShares, equalSharesDetailed } from './equal-shares.js';
import { naiveEqualShares } from './equal-shares.naive.js';
import { greedy } from './greedy.js';
import { phragmen } from './phragmen.js';
import { Rational } from './rational.js';
import { tally } from './tally.js';
import { tieBreakComparator } from './tie-breaking.js';

const ids = (election: { projects: readonly { id: string }[] }, winners: number[]) => winners.map((p) => election.projects[p]!.id);

function election(budget: number, costs: Record<string, number>, ballots: RawBallot[]) {
  return buildElection(
    Rational.of(budget),
    Object.entries(costs).map(([id, cost]) => ({ id, cost: Rational.of(cost) })),
    ballots,
  );
}

// Four voters, budget 40 (10 each). X (24) is approved by v1, v2, v3; Y (15) by v1 and v4; Z (10) by v4.
const xyz = election(40, { X: 24, Y: 15, Z: 10 }, [{ projects: ['X', 'Y'] }, { projects: ['X'] }, { projects: ['X'] }, { projects: ['Y', 'Z'] }]);

test('greedy: most votes first skips what no longer fits; by votes per euro it starts with Y', () => {
  // Votes X 3, Y 2, Z 1: X (24), Y (39), Z would make 49 > 40.
  assert.deepEqual(ids(xyz, greedy(xyz, { utility: 'cost' })), ['X', 'Y']);
  // Votes per euro: Y 2/15 > X 3/24 > Z 1/10.
  assert.deepEqual(ids(xyz, greedy(xyz, { utility: 'approval' })), ['Y', 'X']);
});

test('equal shares, cost utility: X at ρ = 1/3 (8 € each), then Z paid by v4 alone; Y is out of reach', () => {
  // X: 24 / 3 supporters = 8 ≤ 10 each, ρ = 8/24. Y: 7.5 each, ρ = 1/2. Z: 10, ρ = 1.
  // After X, v1 has 2: Y needs 15 from 2 + 10. Z: v4 pays 10.
  const r = equalSharesDetailed(xyz, { utility: 'cost' });
  assert.deepEqual(ids(xyz, r.winners), ['X', 'Z']);
  assert.equal(r.perVoterBudget.toString(), '10');
});

test('equal shares, approval utility: Y (7.5 € each) comes first and leaves X and Z unaffordable', () => {
  assert.deepEqual(ids(xyz, equalShares(xyz, { utility: 'approval' })), ['Y']);
});

test('Add1 completions on the same election', () => {
  // With 10 € each the outcome {X, Z} (34) leaves 6: Y (15) does not fit, so it is exhaustive.
  assert.deepEqual(ids(xyz, equalShares(xyz, { utility: 'cost', completion: 'add1-exhaustive' })), ['X', 'Z']);
  assert.deepEqual(ids(xyz, equalShares(xyz, { utility: 'cost', completion: 'add1-greedy' })), ['X', 'Z']);
  // Without the stop: at 12 € v1 keeps 4 after X, pays it all for Y and v4 pays 11 (ρ = 11/15 < 1):
  // {X, Y}. From 17.5 € v4 could still afford Z after Y, so at 18 € the outcome {X, Y, Z} costs
  // 49 > 40: the last feasible outcome is the one of 17 €, after runs at 10, 11, …, 18.
  const r = equalSharesDetailed(xyz, { utility: 'cost', completion: 'add1' });
  assert.deepEqual(ids(xyz, r.winners), ['X', 'Y']);
  assert.equal(r.perVoterBudget.toString(), '17');
  assert.equal(r.runs, 9);
});

test('sequential Phragmén: Y at load 7.5, then X at (7.5 + 24) / 3 = 10.5; Z would overspend, so it stops', () => {
  assert.deepEqual(ids(xyz, phragmen(xyz)), ['Y', 'X']);
  const t = tally(xyz, { rule: 'phragmen' });
  assert.equal(t.cost.toString(), '39');
});

test('ties follow the declared order: lowest cost, then most votes, then the lot', () => {
  // Two voters approve both A (10) and B (8). Cost utility: each would pay 5 for A (ρ = 1/2) and
  // 4 for B (ρ = 1/2): an exact tie that doubles alone could not tell.
  const e = election(10, { A: 10, B: 8 }, [{ projects: ['A', 'B'] }, { projects: ['A', 'B'] }]);
  assert.deepEqual(ids(e, equalShares(e, { utility: 'cost' })), ['B']);
  assert.deepEqual(ids(e, equalShares(e, { utility: 'cost', tieBreaking: { order: ['lot'], lot: ['A', 'B'] } })), ['A']);
  // Greedy by votes: both have 2 votes; B first by cost, then A does not fit.
  assert.deepEqual(ids(e, greedy(e, { utility: 'cost' })), ['B']);
  assert.deepEqual(ids(e, greedy(e, { utility: 'cost', tieBreaking: { order: ['lot'], lot: ['A', 'B'] } })), ['A']);
  // Same cost and votes: the lot decides, in Phragmén too.
  const same = election(10, { A: 10, B: 10 }, [{ projects: ['A', 'B'] }, { projects: ['A', 'B'] }]);
  for (const lot of [['A', 'B'], ['B', 'A']]) {
    const tieBreaking = { order: ['lowest-cost', 'most-votes', 'lot'] as const, lot };
    assert.deepEqual(ids(same, phragmen(same, { tieBreaking })), [lot[0]]);
    assert.deepEqual(ids(same, equalShares(same, { utility: 'approval', tieBreaking })), [lot[0]]);
    assert.deepEqual(ids(same, greedy(same, { utility: 'cost', tieBreaking })), [lot[0]]);
  }
  // Votes per euro tie at 1/2 between C (3 votes, 6 €) and D (2 votes, 4 €): lowest cost takes D,
  // most votes takes C; then the other no longer fits in 6 €.
  const votes = election(6, { C: 6, D: 4 }, [{ projects: ['C', 'D'] }, { projects: ['C', 'D'] }, { projects: ['C'] }]);
  assert.deepEqual(ids(votes, greedy(votes, { utility: 'approval' })), ['D']);
  assert.deepEqual(ids(votes, greedy(votes, { utility: 'approval', tieBreaking: { order: ['most-votes', 'lot'], lot: ['D', 'C'] } })), ['C']);
});

test('points: utilities differ between supporters, and poor supporters pay all they have', () => {
  // Budget 10, two voters (5 each). C (9): v1 gave 1 point, v2 gave 2. At ρ = 3 v2 would pay 6 > 5,
  // so v2 pays 5 and v1 the remaining 4 = ρ·1 with ρ = 4. B (4): v1 1 point, v2 4: ρ = 4/5 → B first,
  // after which 6 € is left in all: C is unaffordable.
  const withB = election(10, { B: 4, C: 9 }, [
    { projects: ['B', 'C'], points: [1, 1] },
    { projects: ['B', 'C'], points: [4, 2] },
  ]);
  assert.deepEqual(ids(withB, equalShares(withB, { utility: 'points' })), ['B']);
  const onlyC = election(10, { C: 9 }, [
    { projects: ['C'], points: [1] },
    { projects: ['C'], points: [2] },
  ]);
  assert.deepEqual(ids(onlyC, equalShares(onlyC, { utility: 'points' })), ['C']);
  // Greedy by points: B has 5 points, C 3.
  assert.deepEqual(ids(withB, greedy(withB, { utility: 'cost' })), ['B']);
});

test('free projects are funded first; unsupported projects never; blank ballots still share the money', () => {
  const e = election(30, { free: 0, nobody: 1, P: 20 }, [{ projects: ['free', 'P'] }, { projects: [] }, { projects: [] }]);
  // 10 € each: P (20) is out of reach of its one supporter without completion.
  assert.deepEqual(ids(e, equalShares(e, { utility: 'cost' })), ['free']);
  // Add1 raises the per-voter budget to 20 €, when P becomes affordable.
  const r = equalSharesDetailed(e, { utility: 'cost', completion: 'add1-exhaustive' });
  assert.deepEqual(ids(e, r.winners), ['free', 'P']);
  assert.equal(r.perVoterBudget.toString(), '20');
  assert.deepEqual(ids(e, greedy(e, { utility: 'cost' })), ['free', 'P']);
  assert.deepEqual(ids(e, phragmen(e)), ['free', 'P']);
});

/** Sequential Phragmén as plainly as it can be written: one exact load per voter. */
function naivePhragmen(e: ReturnType<typeof election>): number[] {
  const tie = tieBreakComparator(e);
  const voters = e.ballots.flatMap((b) => Array.from({ length: b.count }, () => b.projects));
  const loads = voters.map(() => Rational.ZERO);
  const remaining = new Set(e.projects.map((_, p) => p).filter((p) => e.projects[p]!.cost.le(e.budget) && voters.some((v) => v.includes(p))));
  const chosen: number[] = [];
  let spent = Rational.ZERO;
  for (;;) {
    let min: Rational | null = null;
    let tied: number[] = [];
    for (const p of remaining) {
      const supporters = voters.map((v, i) => (v.includes(p) ? i : -1)).filter((i) => i >= 0);
      const load = supporters.reduce((t, i) => t.add(loads[i]!), e.projects[p]!.cost).divInt(supporters.length);
      if (!min || load.lt(min)) [min, tied] = [load, [p]];
      else if (load.equals(min)) tied.push(p);
    }
    if (!min || tied.some((p) => spent.add(e.projects[p]!.cost).gt(e.budget))) return chosen;
    const winner = tied.sort(tie)[0]!;
    voters.forEach((v, i) => {
      if (v.includes(winner)) loads[i] = min!;
    });
    chosen.push(winner);
    remaining.delete(winner);
    spent = spent.add(e.projects[winner]!.cost);
  }
}

test('equal shares and Phragmén agree with plain per-voter references on 300 random elections (approval, cost and points)', () => {
  // A seeded generator, so a failure names a reproducible case.
  let seed = 20260;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(random() * 12);
    const m = 1 + Math.floor(random() * 7);
    const withPoints = round % 3 === 2;
    const costs: Record<string, number> = {};
    for (let j = 0; j < m; j++) costs[`p${j}`] = Math.floor(random() * 50) * (round % 5 === 0 ? 1 : 10); // some ties and zero costs
    const ballots: RawBallot[] = [];
    for (let i = 0; i < n; i++) {
      const chosen = Object.keys(costs).filter(() => random() < 0.45);
      ballots.push(withPoints ? { projects: chosen, points: chosen.map(() => 1 + Math.floor(random() * 4)) } : { projects: chosen });
    }
    const e = election(Math.floor(random() * 200) + 1, costs, ballots);
    for (const utility of ['cost', 'approval', 'points'] as const) {
      const perVoter = e.voters === 0 ? Rational.ZERO : e.budget.divInt(e.voters);
      const expected = naiveEqualShares(e, utility, perVoter);
      assert.deepEqual(equalShares(e, { utility }), expected, `round ${round}, ${utility}`);
      // And at a raised per-voter budget, as Add1 runs it.
      const raised = perVoter.add(Rational.of(7, 3));
      assert.deepEqual(new EqualSharesEngine(e, utility).run(raised), naiveEqualShares(e, utility, raised), `round ${round}, ${utility}, raised`);
    }
    assert.deepEqual(phragmen(e), naivePhragmen(e), `round ${round}, Phragmén`);
  }
});
