import {
  buildElection,
  pabulibFile,
  projectIndices,
  publishedReceiptList,
  Rational,
  receiptListDigest,
  supporterCounts,
  tally,
  tieBreakComparator,
  utilityOf,
  voteCounts,
  votersWithAWinner,
  writePabulib,
  type BallotChoice,
  type BudgetRules,
  type Election,
  type RawBallot,
} from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import type { BudgetingRepository } from './budgeting.repository.js';

/**
 * Results of a round (issue 9): for each budget, the winners under its frozen rule, votes and
 * cost per project, why each project won or lost, and the share of voters who got at least one
 * project they voted for; the receipt list and its digest for the whole round (ADR 0011).
 * Published as open data JSON and, per budget, as a Pabulib `.pb` file that anyone can recount
 * with `npx kohtaamo-tally`.
 */

export interface ProjectResult {
  readonly id: string;
  readonly title: string;
  readonly cost: number;
  /** Supporters (approval, knapsack) or points (points ballots). */
  readonly votes: number;
  readonly supporters: number;
  readonly won: boolean;
  /** 1-based place in the order the rule funded the winners, or null. */
  readonly fundedAs: number | null;
  readonly explanation: Explanation;
}

/**
 * Why a project won or lost under the rule used:
 * - `funded`: funded; under equal shares with what its supporters paid and the price per unit of utility (ρ);
 * - `no-votes`: nobody voted for it;
 * - `did-not-fit` (greedy, Phragmén): the money left when the rule stopped was less than its cost;
 * - `supporters-short` (equal shares): its supporters had this much of their shares left, less than its cost.
 */
export type Explanation =
  | { readonly kind: 'funded'; readonly paidBySupporters?: string; readonly rho?: string; readonly byCompletion?: boolean }
  | { readonly kind: 'no-votes' }
  | { readonly kind: 'did-not-fit'; readonly moneyLeft: string }
  | { readonly kind: 'supporters-short'; readonly supportersHad: string; readonly cost: string };

export interface BudgetResult {
  readonly budget: string;
  readonly amount: number;
  readonly rules: Pick<BudgetRules, 'winnerRule' | 'utility' | 'completion' | 'tieBreaking' | 'ballot'>;
  readonly voters: number;
  readonly blankBallots: number;
  readonly winners: string[];
  readonly totalCost: number;
  /** Equal shares: the per-voter budget of the run that gave the outcome (an exact fraction "p/q"). */
  readonly perVoterBudget: string | null;
  readonly votersWithAWinner: { readonly voters: number; readonly withWinner: number; readonly share: number };
  readonly projects: ProjectResult[];
}

export interface RoundResults {
  readonly round: string;
  readonly computedAt: string;
  readonly publishedAt: string | null;
  readonly ballots: number;
  readonly receipts: { readonly count: number; readonly sha256: string };
  readonly budgets: BudgetResult[];
}

const ratio = (r: Rational) => (r.isInteger() ? r.toString() : `${r.toString()} (≈ ${r.toNumber().toFixed(2)})`);

function rawBallots(ballots: readonly BallotChoice[][], points: boolean): RawBallot[] {
  return ballots.map((b) => (points ? { projects: b.map((c) => c.project), points: b.map((c) => c.points ?? 0) } : { projects: b.map((c) => c.project) }));
}

/**
 * Replays equal shares' payments for the funded projects, in funding order, at the per-voter
 * budget that gave the outcome: each funded project is paid by its supporters at the smallest ρ
 * they can afford (the paper's rule; exact). A project the completion added by "most votes"
 * (its supporters could not pay) is marked so. Returns each group's money left and each winner's ρ.
 */
function replayEqualShares(election: Election, rules: BudgetRules, winners: number[], perVoter: Rational) {
  const money = election.ballots.map(() => perVoter);
  const rho = new Map<number, { rho: Rational; paid: Rational } | 'completion'>();
  for (const p of winners) {
    const cost = election.projects[p]!.cost;
    const supporters: { g: number; u: Rational }[] = [];
    election.ballots.forEach((b, g) => {
      const k = b.projects.indexOf(p);
      if (k >= 0) supporters.push({ g, u: utilityOf(election, rules.utility, b, k) });
    });
    const available = supporters.reduce((t, s) => t.add(money[s.g]!.mulInt(election.ballots[s.g]!.count)), Rational.ZERO);
    if (cost.isZero()) {
      rho.set(p, { rho: Rational.ZERO, paid: Rational.ZERO });
      continue;
    }
    if (available.lt(cost) || supporters.length === 0) {
      rho.set(p, 'completion');
      continue;
    }
    // Smallest ρ with Σ count·min(money, ρ·u) = cost: go through supporters by money/u ascending.
    const sorted = [...supporters].sort((a, b) => money[a.g]!.mul(b.u).compare(money[b.g]!.mul(a.u)));
    let paid = Rational.ZERO;
    let denominator = sorted.reduce((t, s) => t.add(s.u.mulInt(election.ballots[s.g]!.count)), Rational.ZERO);
    let found: Rational | null = null;
    for (const s of sorted) {
      const candidate = cost.sub(paid).div(denominator);
      if (candidate.mul(s.u).le(money[s.g]!)) {
        found = candidate;
        break;
      }
      const count = election.ballots[s.g]!.count;
      paid = paid.add(money[s.g]!.mulInt(count));
      denominator = denominator.sub(s.u.mulInt(count));
    }
    if (found === null) {
      rho.set(p, 'completion');
      continue;
    }
    for (const s of supporters) money[s.g] = money[s.g]!.sub(money[s.g]!.min(found.mul(s.u)));
    rho.set(p, { rho: found, paid: cost });
  }
  return { money, rho };
}

/** The result of one budget from its frozen rules and its ballots. */
export function budgetResult(budgetId: string, amount: number, rules: BudgetRules, ballots: readonly BallotChoice[][], titles: ReadonlyMap<string, string>): BudgetResult {
  const points = rules.ballot.type === 'points';
  const election = buildElection(
    Rational.of(rules.budget),
    rules.projects.map((p) => ({ id: p.id, cost: Rational.of(p.cost) })),
    rawBallots(ballots, points),
  );
  const outcome = tally(election, { rule: rules.winnerRule, utility: rules.utility, completion: rules.completion, tieBreaking: rules.tieBreaking });
  const winners = projectIndices(election, outcome.winners);
  const won = new Set(winners);
  const votes = voteCounts(election);
  const supporters = supporterCounts(election);
  const left = election.budget.sub(outcome.cost);
  const replay = rules.winnerRule === 'mes' && outcome.perVoterBudget ? replayEqualShares(election, rules, winners, outcome.perVoterBudget) : null;
  const order = election.projects.map((_, i) => i).sort(tieBreakComparator(election, rules.tieBreaking));
  const projects = order.map((i): ProjectResult => {
    const project = election.projects[i]!;
    let explanation: Explanation;
    if (won.has(i)) {
      const r = replay?.rho.get(i);
      explanation =
        r === undefined ? { kind: 'funded' } : r === 'completion' ? { kind: 'funded', byCompletion: true } : { kind: 'funded', paidBySupporters: ratio(r.paid), rho: ratio(r.rho) };
    } else if (supporters[i] === 0) {
      explanation = { kind: 'no-votes' };
    } else if (replay) {
      let had = Rational.ZERO;
      election.ballots.forEach((b, g) => {
        if (b.projects.includes(i)) had = had.add(replay.money[g]!.mulInt(b.count));
      });
      explanation = { kind: 'supporters-short', supportersHad: ratio(had), cost: ratio(project.cost) };
    } else {
      explanation = { kind: 'did-not-fit', moneyLeft: ratio(left) };
    }
    return {
      id: project.id,
      title: titles.get(project.id) ?? project.id,
      cost: project.cost.toNumber(),
      votes: votes[i]!,
      supporters: supporters[i]!,
      won: won.has(i),
      fundedAs: won.has(i) ? winners.indexOf(i) + 1 : null,
      explanation,
    };
  });
  projects.sort((a, b) => (a.won !== b.won ? (a.won ? -1 : 1) : a.won ? a.fundedAs! - b.fundedAs! : b.votes - a.votes));
  return {
    budget: budgetId,
    amount,
    rules: { winnerRule: rules.winnerRule, utility: rules.utility, completion: rules.completion, tieBreaking: rules.tieBreaking, ballot: rules.ballot },
    voters: election.voters,
    blankBallots: ballots.filter((b) => b.length === 0).length,
    winners: outcome.winners,
    totalCost: outcome.cost.toNumber(),
    perVoterBudget: outcome.perVoterBudget ? outcome.perVoterBudget.toString() : null,
    votersWithAWinner: votersWithAWinner(election, winners),
    projects,
  };
}

/** Computes every budget of a round and stores the results (replacing earlier ones). */
export async function computeRoundResults(db: Kysely<Database>, repository: BudgetingRepository, roundId: string, now: Date): Promise<RoundResults> {
  const round = (await repository.roundRow(roundId))!;
  const budgets: BudgetResult[] = [];
  for (const budget of await repository.budgetRows(roundId)) {
    const frozen = await repository.rulesOf(budget);
    if (!frozen) continue;
    const titles = new Map((await repository.feasibleProposals(budget.id)).map((p) => [p.id, p.title]));
    budgets.push(budgetResult(budget.id, Number(budget.amount), frozen.rules, await repository.ballotsOf(budget.id), titles));
  }
  const codes = await repository.receiptCodes(roundId);
  const results: RoundResults = {
    round: roundId,
    computedAt: now.toISOString(),
    publishedAt: round.results_published_at,
    ballots: codes.length,
    receipts: { count: codes.length, sha256: await receiptListDigest(codes) },
    budgets,
  };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('budgeting_results').where('round_id', '=', roundId).execute();
    for (const b of budgets) {
      await trx.insertInto('budgeting_results').values({ budget_id: b.budget, round_id: roundId, result_json: JSON.stringify(b), computed_at: now.toISOString() }).execute();
    }
    await trx.updateTable('budgeting_rounds').set({ tally_requested_at: null }).where('id', '=', roundId).execute();
  });
  return results;
}

/** The stored results of a round, or null when none were computed. */
export async function storedRoundResults(db: Kysely<Database>, repository: BudgetingRepository, roundId: string): Promise<RoundResults | null> {
  const rows = await db.selectFrom('budgeting_results').selectAll().where('round_id', '=', roundId).orderBy('budget_id').execute();
  if (rows.length === 0) return null;
  const round = (await repository.roundRow(roundId))!;
  const codes = await repository.receiptCodes(roundId);
  return {
    round: roundId,
    computedAt: rows[0]!.computed_at,
    publishedAt: round.results_published_at,
    ballots: codes.length,
    receipts: { count: codes.length, sha256: await receiptListDigest(codes) },
    budgets: rows.map((r) => JSON.parse(r.result_json) as BudgetResult),
  };
}

/** The sorted receipt list of a round (published after the vote). */
export async function receiptList(repository: BudgetingRepository, roundId: string): Promise<{ codes: string[]; sha256: string }> {
  const codes = publishedReceiptList(await repository.receiptCodes(roundId));
  return { codes, sha256: await receiptListDigest(codes) };
}

/**
 * The `.pb` file of a budget: its projects, the anonymised ballots in a random order (voters
 * numbered 1…n), no receipt codes, and which projects were selected.
 */
export async function pabulibExport(repository: BudgetingRepository, round: { id: string; title: string }, budget: { id: string; name: string }, rules: BudgetRules, result: BudgetResult | null, cityName: string): Promise<string> {
  const points = rules.ballot.type === 'points';
  const ballots = rawBallots(await repository.ballotsOf(budget.id), points);
  // Fisher–Yates with crypto randomness: the file must not keep any stored order.
  for (let i = ballots.length - 1; i > 0; i--) {
    const j = Math.floor((crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32) * (i + 1));
    [ballots[i], ballots[j]] = [ballots[j]!, ballots[i]!];
  }
  const winners = new Set(result?.winners ?? []);
  const votes = new Map(result?.projects.map((p) => [p.id, p.votes]) ?? []);
  const titles = new Map(result?.projects.map((p) => [p.id, p.title]) ?? []);
  const file = pabulibFile({
    meta: {
      description: `${round.title}: ${budget.name}`,
      country: 'Finland',
      unit: cityName,
      instance: round.id,
      subunit: budget.id,
      budget: String(rules.budget),
      vote_type: points ? 'cumulative' : 'approval',
      ...(rules.ballot.type === 'approval' && rules.ballot.minProjects > 0 ? { min_length: String(rules.ballot.minProjects) } : {}),
      ...(rules.ballot.type === 'approval' && rules.ballot.maxProjects !== undefined ? { max_length: String(rules.ballot.maxProjects) } : {}),
      ...(rules.ballot.type === 'knapsack' ? { max_sum_cost: String(rules.budget) } : {}),
      ...(rules.ballot.type === 'points' ? { max_sum_points: String(rules.ballot.totalPoints) } : {}),
      ...(rules.ballot.type === 'points' && rules.ballot.maxPointsPerProject !== undefined ? { max_points: String(rules.ballot.maxPointsPerProject) } : {}),
      rule: rules.winnerRule === 'mes' ? 'equalshares' : rules.winnerRule === 'phragmen' ? 'phragmen' : 'greedy',
      currency: 'EUR',
    },
    projects: rules.projects.map((p) => ({
      id: p.id,
      cost: Rational.of(p.cost),
      ...(titles.has(p.id) ? { name: titles.get(p.id)! } : {}),
      ...(result ? { votes: votes.get(p.id) ?? 0, selected: winners.has(p.id) } : {}),
    })),
    ballots,
  });
  return writePabulib(file);
}
