import {
  buildElection,
  pabulibFile,
  projectIndices,
  Rational,
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
import { EventEmitter } from 'node:events';
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.types.js';
import { createWorkerThread, type WorkerThread } from '../platform/worker-thread.js';
import type { BudgetingRepository } from './budgeting.repository.js';
import type { TallyBudgetInput, TallyInput, TallyOutput } from './budgeting.tally.js';

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

/** What a computation reads beside the database: the reader for the ballots (SQLite: a thread), the city for the `.pb` files. */
export interface TallyOptions {
  readonly reader?: Kysely<Database>;
  readonly cityName?: string;
}

const workers = new WeakMap<Kysely<Database>, WorkerThread<TallyInput, TallyOutput>>();

/** The tally worker of a database (one per database and process, ADR 0055). */
function tallyWorker(db: Kysely<Database>): WorkerThread<TallyInput, TallyOutput> {
  let worker = workers.get(db);
  if (!worker) {
    worker = createWorkerThread<TallyInput, TallyOutput>(new URL('./budgeting-tally.worker.js', import.meta.url), new URL('./budgeting-tally.worker.ts', import.meta.url), 'budgeting tally');
    workers.set(db, worker);
  }
  return worker;
}

/** Stops a database's tally worker (tests; an idle worker never keeps the process alive). */
export async function closeTallyWorker(db: Kysely<Database>): Promise<void> {
  await workers.get(db)?.close();
  workers.delete(db);
}

/**
 * The worker's input: per budget with rules, its ballots grouped by their stored choices (one
 * row per distinct ballot, counted by the database), and the round's receipt codes as one
 * string (one value to pass between threads, not 100,000). `kept`: results already stored.
 */
async function tallyInput(db: Kysely<Database>, repository: BudgetingRepository, roundId: string, options: TallyOptions, kept?: ReadonlyMap<string, string>): Promise<TallyInput> {
  const reader = options.reader ?? db;
  const round = (await repository.roundRow(roundId))!;
  const budgets: TallyBudgetInput[] = [];
  for (const budget of await repository.budgetRows(roundId)) {
    if (budget.rules_json === null || budget.setting_json === null) continue;
    if (kept && !kept.has(budget.id)) continue;
    const titles = (await repository.feasibleProposals(budget.id)).map((p) => [p.id, p.title] as const);
    const rows = await reader
      .selectFrom('budgeting_ballots')
      .select(['choices_json', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('budget_id', '=', budget.id)
      .groupBy('choices_json')
      .orderBy('choices_json')
      .execute();
    budgets.push({
      id: budget.id,
      name: budget.name_en,
      amount: Number(budget.amount),
      rulesJson: budget.rules_json,
      titles,
      groups: rows.map((r) => [r.choices_json, Number(r.n)] as const),
      ...(kept ? { resultJson: kept.get(budget.id)! } : {}),
    });
  }
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const codes = await reader
    .selectFrom('budgeting_ballots as b')
    .innerJoin('budgeting_budgets as g', 'g.id', 'b.budget_id')
    .select((postgres ? sql<string | null>`string_agg(b.receipt_code, ',')` : sql<string | null>`group_concat(b.receipt_code, ',')`).as('codes'))
    .where('g.round_id', '=', roundId)
    .executeTakeFirst();
  return { round: { id: round.id, title: round.title_en }, cityName: options.cityName ?? '', budgets, receiptCodes: codes?.codes ?? '' };
}

async function keepReceipts(trx: Transaction<Database>, roundId: string, receipts: TallyOutput['receipts'], now: Date): Promise<void> {
  await trx.deleteFrom('budgeting_results_rounds').where('round_id', '=', roundId).execute();
  await trx
    .insertInto('budgeting_results_rounds')
    .values({ round_id: roundId, ballots: receipts.count, receipts_sha256: receipts.sha256, receipts_json: receipts.listJson, computed_at: now.toISOString() })
    .execute();
}

/** Says 'computing' (round id) when a round's ballots have been read and the tally has begun: for tests and figures. */
export const tallyEvents = new EventEmitter();

const inflight = new WeakMap<Kysely<Database>, Map<string, Promise<RoundResults>>>();

/**
 * Computes every budget of a round in the tally worker and stores the results with their
 * `.pb` files and the receipt list (replacing earlier ones, in one transaction). Two asks for
 * the same round at once share one computation.
 */
export async function computeRoundResults(db: Kysely<Database>, repository: BudgetingRepository, roundId: string, now: Date, options: TallyOptions = {}): Promise<RoundResults> {
  let running = inflight.get(db);
  if (!running) inflight.set(db, (running = new Map()));
  const already = running.get(roundId);
  if (already) return already;
  const computation = (async () => {
    const input = await tallyInput(db, repository, roundId, options);
    const tallied = tallyWorker(db).run(input);
    tallyEvents.emit('computing', roundId);
    const output = await tallied;
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('budgeting_results').where('round_id', '=', roundId).execute();
      for (const b of output.budgets) {
        await trx.insertInto('budgeting_results').values({ budget_id: b.id, round_id: roundId, result_json: b.resultJson, computed_at: now.toISOString(), export_pb: b.exportPb }).execute();
      }
      await keepReceipts(trx, roundId, output.receipts, now);
      await trx.updateTable('budgeting_rounds').set({ tally_requested_at: null }).where('id', '=', roundId).execute();
    });
    const round = (await repository.roundRow(roundId))!;
    const { receipts, budgets } = output;
    return {
      round: roundId,
      computedAt: now.toISOString(),
      publishedAt: round.results_published_at,
      ballots: receipts.count,
      receipts: { count: receipts.count, sha256: receipts.sha256 },
      budgets: budgets.map((b) => JSON.parse(b.resultJson) as BudgetResult),
    };
  })();
  running.set(roundId, computation);
  try {
    return await computation;
  } finally {
    running.delete(roundId);
  }
}

/**
 * Results stored before the receipts and files were kept with them (ADR 0055): makes those
 * in the worker from the stored results, once.
 */
async function keepForStoredResults(db: Kysely<Database>, repository: BudgetingRepository, roundId: string, options: TallyOptions): Promise<void> {
  const rows = await db.selectFrom('budgeting_results').select(['budget_id', 'result_json', 'computed_at']).where('round_id', '=', roundId).execute();
  if (rows.length === 0) return;
  const output = await tallyWorker(db).run(await tallyInput(db, repository, roundId, options, new Map(rows.map((r) => [r.budget_id, r.result_json]))));
  await db.transaction().execute(async (trx) => {
    for (const b of output.budgets) await trx.updateTable('budgeting_results').set({ export_pb: b.exportPb }).where('budget_id', '=', b.id).execute();
    await keepReceipts(trx, roundId, output.receipts, new Date(rows[0]!.computed_at));
  });
}

async function keptReceipts(db: Kysely<Database>, repository: BudgetingRepository, roundId: string, options: TallyOptions) {
  const read = () => db.selectFrom('budgeting_results_rounds').select(['ballots', 'receipts_sha256']).where('round_id', '=', roundId).executeTakeFirst();
  const kept = await read();
  if (kept) return kept;
  await keepForStoredResults(db, repository, roundId, options);
  return read();
}

/** The stored results of a round, or null when none were computed. Reads no ballot: the receipts' count and digest are kept. */
export async function storedRoundResults(db: Kysely<Database>, repository: BudgetingRepository, roundId: string, options: TallyOptions = {}): Promise<RoundResults | null> {
  const rows = await db.selectFrom('budgeting_results').select(['budget_id', 'result_json', 'computed_at']).where('round_id', '=', roundId).orderBy('budget_id').execute();
  if (rows.length === 0) return null;
  const round = (await repository.roundRow(roundId))!;
  const kept = (await keptReceipts(db, repository, roundId, options))!;
  return {
    round: roundId,
    computedAt: rows[0]!.computed_at,
    publishedAt: round.results_published_at,
    ballots: Number(kept.ballots),
    receipts: { count: Number(kept.ballots), sha256: kept.receipts_sha256 },
    budgets: rows.map((r) => JSON.parse(r.result_json) as BudgetResult),
  };
}

/** The published receipt list's JSON body, `{ codes, sha256 }`, as kept with the results; null when none were computed. */
export async function receiptListBody(db: Kysely<Database>, repository: BudgetingRepository, roundId: string, options: TallyOptions = {}): Promise<string | null> {
  if (!(await keptReceipts(db, repository, roundId, options))) return null;
  const row = (await db.selectFrom('budgeting_results_rounds').select(['receipts_json', 'receipts_sha256']).where('round_id', '=', roundId).executeTakeFirst())!;
  return `{"codes":${row.receipts_json},"sha256":${JSON.stringify(row.receipts_sha256)}}`;
}

/** The receipt list as values (tests, tools). */
export async function receiptList(db: Kysely<Database>, repository: BudgetingRepository, roundId: string): Promise<{ codes: string[]; sha256: string } | null> {
  const body = await receiptListBody(db, repository, roundId);
  return body === null ? null : (JSON.parse(body) as { codes: string[]; sha256: string });
}

/** A budget's `.pb` file as kept with the results (made in the worker for results stored before), or null. */
export async function keptPabulibExport(db: Kysely<Database>, repository: BudgetingRepository, roundId: string, budgetId: string, options: TallyOptions = {}): Promise<string | null> {
  const read = async () => (await db.selectFrom('budgeting_results').select('export_pb').where('budget_id', '=', budgetId).where('round_id', '=', roundId).executeTakeFirst())?.export_pb ?? null;
  const kept = await read();
  if (kept !== null) return kept;
  await keepForStoredResults(db, repository, roundId, options);
  return read();
}

/** The round and budget names and the city a `.pb` file describes. */
export interface PabulibNames {
  readonly round: { readonly id: string; readonly title: string };
  readonly budget: { readonly id: string; readonly name: string };
  readonly cityName: string;
}

/**
 * The `.pb` file of a budget: its projects, the anonymised ballots in a random order (voters
 * numbered 1…n), no receipt codes, and which projects were selected.
 */
export async function pabulibExport(repository: BudgetingRepository, round: { id: string; title: string }, budget: { id: string; name: string }, rules: BudgetRules, result: BudgetResult | null, cityName: string): Promise<string> {
  return pabulibText({ round, budget, cityName }, rules, result, await repository.ballotsOf(budget.id));
}

/** The `.pb` file from the ballots (pure: the tally worker makes it once per computation, ADR 0055). */
export function pabulibText(names: PabulibNames, rules: BudgetRules, result: BudgetResult | null, stored: readonly BallotChoice[][]): string {
  const { round, budget, cityName } = names;
  const points = rules.ballot.type === 'points';
  const ballots = rawBallots(stored, points);
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
