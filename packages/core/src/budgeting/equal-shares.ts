/**
 * The Method of Equal Shares (MES), with its completions.
 *
 * Paper: D. Peters, G. Pierczyński, P. Skowron, "Proportional Participatory Budgeting with
 * Additive Utilities", NeurIPS 2021 (arXiv:2008.13276); the completion by raising the voters'
 * budget ("Add1") follows equalshares.net (https://equalshares.net/implementation/completion/)
 * and pabutools' `method_of_equal_shares(voter_budget_increment=1)`.
 *
 * Each of the n voters gets an equal share B/n of the budget B. A project p of cost c_p can be
 * bought when its supporters together still hold c_p; it is "ρ-affordable" when every supporter
 * i pays min(b_i, ρ·u_i(p)) and these payments add up to c_p. Round after round the project
 * with the smallest ρ is funded and its supporters pay. Utilities u_i(p): the project's cost
 * (cost-utility), 1 (approval) or the voter's points (see utility.ts).
 *
 * Completions (shared/data/pabulib/README.md defines them; `pabulib.test.ts` checks them on
 * real data):
 * - `none`: the outcome as is (it usually leaves money unspent);
 * - `add1-exhaustive`: rerun with per-voter budget B/n, B/n+1, B/n+2, …; return the first
 *   outcome to which no further supported project fits; when an increase would overspend B,
 *   return the previous outcome (pabutools' `voter_budget_increment=1`);
 * - `add1`: keep raising by 1 as long as the outcome stays within B and return the last
 *   feasible outcome (the convention of Wieliczka's official result);
 * - `add1-greedy`: `add1-exhaustive`, then "most votes first" over the projects that still fit
 *   (equalshares.net's default).
 *
 * Exactness and speed. Every decision is exact (Rational, BigInt fractions): which project has
 * the smallest ρ, ties, whether supporters can still afford a project, what each voter pays.
 * To be fast, the search runs on doubles with a proven error bound and falls back to exact
 * arithmetic whenever two candidates are within that bound, so doubles only ever order work,
 * never decide an outcome. Voters are grouped twice: identical ballots into one group with a
 * count, and groups into "budget classes" (voters who have paid for the same funded projects
 * hold the same money), so an exact budget is computed once per class, lazily. As budgets only
 * fall, a project's last ρ is a lower bound of its next one (pabutools' trick): a round stops
 * recomputing once those bounds exceed the best ρ found.
 */
import { totalCost, type Election } from './election.js';
import { greedy } from './greedy.js';
import { Rational } from './rational.js';
import { tieBreakComparator, type TieBreaking } from './tie-breaking.js';
import { utilityOf, type Utility } from './utility.js';

export type Completion = 'none' | 'add1' | 'add1-exhaustive' | 'add1-greedy';

export interface EqualSharesOptions {
  readonly utility: Utility;
  readonly completion?: Completion;
  readonly tieBreaking?: TieBreaking;
  /** The Add1 step of the per-voter budget, in currency units (default 1). */
  readonly increment?: Rational;
  /** Start Add1 from ⌊B/n⌋ instead of B/n (a variant some tools use; default false). */
  readonly integralStart?: boolean;
}

export interface EqualSharesResult {
  /** Funded project indices in the order they were funded. */
  readonly winners: number[];
  /** The per-voter budget of the run that gave the outcome. */
  readonly perVoterBudget: Rational;
  /** How many runs the completion made. */
  readonly runs: number;
}

/** Funded project indices, in the order they were funded. */
export function equalShares(election: Election, options: EqualSharesOptions): number[] {
  return equalSharesDetailed(election, options).winners;
}

export function equalSharesDetailed(election: Election, options: EqualSharesOptions): EqualSharesResult {
  const completion = options.completion ?? 'none';
  const engine = new EqualSharesEngine(election, options.utility, options.tieBreaking);
  const increment = options.increment ?? Rational.ONE;
  if (election.voters === 0) return { winners: [...engine.free], perVoterBudget: Rational.ZERO, runs: 0 };
  let perVoter = election.budget.divInt(election.voters);
  if (options.integralStart && completion !== 'none') perVoter = Rational.of(perVoter.floor());
  let runs = 1;
  let outcome = engine.run(perVoter);
  if (completion === 'none') return { winners: outcome, perVoterBudget: perVoter, runs };
  let previous = { winners: [...engine.free], perVoterBudget: perVoter };
  for (;;) {
    if (totalCost(election, outcome).gt(election.budget)) break;
    const stop =
      completion === 'add1'
        ? outcome.length === engine.free.length + engine.eligible.length // nothing left to change
        : engine.isExhaustive(outcome);
    previous = { winners: outcome, perVoterBudget: perVoter };
    if (stop) break;
    perVoter = perVoter.add(increment);
    outcome = engine.run(perVoter);
    runs++;
  }
  if (completion === 'add1-greedy') {
    const completed = greedy(election, { utility: 'cost', tieBreaking: options.tieBreaking, initial: previous.winners });
    return { winners: completed, perVoterBudget: previous.perVoterBudget, runs };
  }
  return { ...previous, runs };
}

/** Relative slack of the error bounds on doubles (see the file comment). */
const REL = 1e-12;

interface ProjectData {
  readonly cost: Rational;
  readonly costF: number;
  /** Supporting groups. */
  readonly groups: Int32Array;
  /** For each supporting group, the index of its utility in `utilities`. */
  readonly uIdx: Int32Array;
  readonly utilities: readonly Rational[];
  readonly utilitiesF: Float64Array;
  /** Number of voters supporting. */
  readonly supporters: number;
}

/**
 * Precomputed once per election and utility; `run` is one MES run for a per-voter budget, so
 * the Add1 completion reruns only the part that depends on the budget.
 */
export class EqualSharesEngine {
  /** Supported projects of cost 0: funded first, in every run. */
  readonly free: number[] = [];
  /** Supported projects of positive cost: the ones MES decides on. */
  readonly eligible: number[] = [];
  private readonly data: (ProjectData | undefined)[] = [];
  private readonly counts: Float64Array;
  private readonly tie: (a: number, b: number) => number;

  constructor(
    private readonly election: Election,
    utility: Utility,
    tieBreaking?: TieBreaking,
  ) {
    this.tie = tieBreakComparator(election, tieBreaking);
    const P = election.projects.length;
    const groupsOf: number[][] = Array.from({ length: P }, () => []);
    const utilOf: Rational[][] = Array.from({ length: P }, () => []);
    this.counts = new Float64Array(election.ballots.length);
    election.ballots.forEach((b, g) => {
      this.counts[g] = b.count;
      b.projects.forEach((p, k) => {
        const u = utilityOf(election, utility, b, k);
        if (u.isZero()) return;
        groupsOf[p]!.push(g);
        utilOf[p]!.push(u);
      });
    });
    for (let p = 0; p < P; p++) {
      const groups = groupsOf[p]!;
      if (groups.length === 0) continue;
      const cost = election.projects[p]!.cost;
      if (cost.isZero()) {
        this.free.push(p);
        continue;
      }
      const distinct = new Map<string, number>();
      const utilities: Rational[] = [];
      const uIdx = new Int32Array(groups.length);
      let supporters = 0;
      utilOf[p]!.forEach((u, s) => {
        const key = u.toString();
        let i = distinct.get(key);
        if (i === undefined) {
          i = utilities.length;
          distinct.set(key, i);
          utilities.push(u);
        }
        uIdx[s] = i;
        supporters += this.counts[groups[s]!]!;
      });
      this.data[p] = {
        cost,
        costF: cost.toNumber(),
        groups: Int32Array.from(groups),
        uIdx,
        utilities,
        utilitiesF: Float64Array.from(utilities.map((u) => u.toNumber())),
        supporters,
      };
      this.eligible.push(p);
    }
    this.free.sort(this.tie);
  }

  /** Whether no eligible project outside `outcome` fits in what `outcome` leaves of the budget. */
  isExhaustive(outcome: readonly number[]): boolean {
    const chosen = new Set(outcome);
    const left = this.election.budget.sub(totalCost(this.election, outcome));
    return this.eligible.every((p) => chosen.has(p) || this.election.projects[p]!.cost.gt(left));
  }

  /** One run of MES with the given budget per voter: funded indices in order (free ones first). */
  run(perVoter: Rational): number[] {
    return new Run(this.data, this.counts, this.eligible, this.tie, perVoter).select([...this.free]);
  }
}

/** A single run: the voters' money in budget classes, and the rounds. */
class Run {
  /** Class of each group; class 0 holds the initial budget, class 1 is empty-handed. */
  private readonly classOf: Int32Array;
  private readonly budgetF: number[];
  private readonly exact: (Rational | null)[];
  private readonly parent: number[];
  private readonly paid: (Rational | null)[];
  /** Absolute error bound of any class's double budget. */
  private readonly epsB: number;

  constructor(
    private readonly data: readonly (ProjectData | undefined)[],
    private readonly counts: Float64Array,
    private readonly eligible: readonly number[],
    private readonly tie: (a: number, b: number) => number,
    perVoter: Rational,
  ) {
    this.classOf = new Int32Array(counts.length);
    const b0 = perVoter.toNumber();
    this.budgetF = [b0, 0];
    this.exact = [perVoter, Rational.ZERO];
    this.parent = [-1, -1];
    this.paid = [null, null];
    this.epsB = b0 * 1e-12 * (eligible.length + 4);
  }

  private exactBudget(c: number): Rational {
    let e = this.exact[c];
    if (e) return e;
    e = this.exactBudget(this.parent[c]!).sub(this.paid[c]!);
    this.exact[c] = e;
    return e;
  }

  /** The supporters of p by (class, utility): keys class·nU + uIdx → number of voters. */
  private entries(p: ProjectData): { keys: number[]; weights: number[] } {
    const nU = p.utilities.length;
    const tally = new Map<number, number>();
    const { groups, uIdx } = p;
    for (let s = 0; s < groups.length; s++) {
      const g = groups[s]!;
      const key = this.classOf[g]! * nU + uIdx[s]!;
      tally.set(key, (tally.get(key) ?? 0) + this.counts[g]!);
    }
    return { keys: [...tally.keys()], weights: [...tally.values()] };
  }

  /**
   * ρ of a project on doubles with an absolute error bound, or null when its supporters
   * cannot afford it (decided exactly when the doubles are too close to tell).
   */
  private affordF(p: ProjectData): { rho: number; err: number } | null {
    const nU = p.utilities.length;
    const { keys, weights } = this.entries(p);
    const n = keys.length;
    const ratio = new Float64Array(n);
    let available = 0;
    let D = 0;
    for (let i = 0; i < n; i++) {
      const c = Math.floor(keys[i]! / nU);
      const u = p.utilitiesF[keys[i]! % nU]!;
      const b = this.budgetF[c]!;
      ratio[i] = b / u;
      available += weights[i]! * b;
      D += weights[i]! * u;
    }
    const availErr = p.supporters * this.epsB + Math.abs(available) * REL;
    if (available + availErr < p.costF) return null;
    if (available - availErr < p.costF) {
      let exact = Rational.ZERO;
      for (let i = 0; i < n; i++) exact = exact.add(this.exactBudget(Math.floor(keys[i]! / nU)).mulInt(weights[i]!));
      if (exact.lt(p.cost)) return null;
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ratio[a]! - ratio[b]!);
    let P = 0;
    let rho = Infinity;
    for (const i of order) {
      const u = p.utilitiesF[keys[i]! % nU]!;
      rho = (p.costF - P) / D;
      if (rho * u <= this.budgetF[Math.floor(keys[i]! / nU)]!) break;
      P += weights[i]! * this.budgetF[Math.floor(keys[i]! / nU)]!;
      D -= weights[i]! * u;
      if (D <= 0) {
        rho = Infinity;
        break;
      }
    }
    if (rho === Infinity) {
      // The doubles could not settle it: affordable (checked above), so compute exactly.
      const exact = this.affordExact(p).rho.toNumber();
      return { rho: exact, err: exact * REL };
    }
    const uMin = Math.min(...p.utilitiesF);
    const err = (p.supporters * this.epsB + p.costF * REL) / Math.max(D, uMin) + rho * REL;
    return { rho, err };
  }

  /** The exact ρ of an affordable project, with its supporter entries split poor | rich. */
  private affordExact(p: ProjectData): { rho: Rational; keys: number[]; order: number[]; poor: number } {
    const nU = p.utilities.length;
    const { keys, weights } = this.entries(p);
    const n = keys.length;
    const cls = keys.map((k) => Math.floor(k / nU));
    const ui = keys.map((k) => k % nU);
    const ratio = keys.map((_, i) => this.budgetF[cls[i]!]! / p.utilitiesF[ui[i]!]!);
    const tol = (i: number) => (2 * this.epsB) / p.utilitiesF[ui[i]!]! + Math.abs(ratio[i]!) * REL;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const d = ratio[a]! - ratio[b]!;
      if (Math.abs(d) > tol(a) + tol(b)) return d;
      // b_a / u_a vs b_b / u_b, exactly.
      return this.exactBudget(cls[a]!).mul(p.utilities[ui[b]!]!).compare(this.exactBudget(cls[b]!).mul(p.utilities[ui[a]!]!));
    });
    let paidByPoor = Rational.ZERO;
    let D = Rational.ZERO;
    for (let i = 0; i < n; i++) D = D.add(p.utilities[ui[i]!]!.mulInt(weights[i]!));
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const u = p.utilities[ui[i]!]!;
      const b = this.exactBudget(cls[i]!);
      const left = p.cost.sub(paidByPoor);
      // Rich when ρ·u ≤ b with ρ = left / D.
      if (left.mul(u).le(b.mul(D))) return { rho: left.div(D), keys, order, poor: k };
      paidByPoor = paidByPoor.add(b.mulInt(weights[i]!));
      D = D.sub(u.mulInt(weights[i]!));
    }
    throw new Error('equal shares: affordExact on a project its supporters cannot afford');
  }

  private newClass(parent: number, paid: Rational | null, budgetF: number, exact: Rational | null): number {
    this.parent.push(parent);
    this.paid.push(paid);
    this.budgetF.push(budgetF);
    this.exact.push(exact);
    return this.budgetF.length - 1;
  }

  /** Funds p: each supporter pays min(budget, ρ·u); classes move accordingly. */
  private fund(p: ProjectData, rho: Rational, split: { keys: number[]; order: number[]; poor: number }): void {
    const nU = p.utilities.length;
    const target = new Map<number, number>();
    const pay = p.utilities.map((u) => rho.mul(u));
    const payF = pay.map((x) => x.toNumber());
    split.order.forEach((i, k) => {
      const key = split.keys[i]!;
      const c = Math.floor(key / nU);
      if (k < split.poor) {
        target.set(key, 1);
        return;
      }
      const u = key % nU;
      const after = this.budgetF[c]! - payF[u]!;
      target.set(key, this.newClass(c, pay[u]!, after > 0 ? after : 0, null));
    });
    const { groups, uIdx } = p;
    for (let s = 0; s < groups.length; s++) {
      const g = groups[s]!;
      this.classOf[g] = target.get(this.classOf[g]! * nU + uIdx[s]!)!;
    }
  }

  select(chosen: number[]): number[] {
    const alive = new Set(this.eligible);
    const lower = new Map<number, number>(); // a proven lower bound of each project's ρ
    for (;;) {
      const ordered = [...alive].sort((a, b) => (lower.get(a) ?? 0) - (lower.get(b) ?? 0));
      let bestHi = Infinity;
      const found: { p: number; rho: number; err: number }[] = [];
      for (const p of ordered) {
        if ((lower.get(p) ?? 0) > bestHi) break;
        const a = this.affordF(this.data[p]!);
        if (!a) {
          alive.delete(p);
          continue;
        }
        lower.set(p, a.rho - a.err);
        found.push({ p, ...a });
        if (a.rho + a.err < bestHi) bestHi = a.rho + a.err;
      }
      if (found.length === 0) return chosen;
      const near = found.filter((f) => f.rho - f.err <= bestHi);
      let winner = near[0]!.p;
      let exact = this.affordExact(this.data[winner]!);
      for (const f of near.slice(1)) {
        const other = this.affordExact(this.data[f.p]!);
        const c = other.rho.compare(exact.rho);
        if (c < 0 || (c === 0 && this.tie(f.p, winner) < 0)) {
          winner = f.p;
          exact = other;
        }
      }
      this.fund(this.data[winner]!, exact.rho, exact);
      chosen.push(winner);
      alive.delete(winner);
    }
  }
}
