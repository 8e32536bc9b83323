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
  readonly index: number;
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
  /** ρ if every supporter could pay in full (cost / total utility), a little less: a lower bound in any run. */
  readonly lowest: number;
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
  /**
   * What the last run saw, round by round: the project it funded and the supporter entries it
   * computed. The budget classes depend only on which projects were funded in which order, not
   * on the per-voter budget, so while a new run (the next Add1 step) funds the same projects in
   * the same order, it reuses the entries instead of counting the supporters again; from the
   * first round where it differs, it counts afresh and overwrites.
   */
  private readonly rounds: RoundCache[] = [];

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
        // A zero utility only comes from a free project under cost utility: it is still supported.
        const u = utilityOf(election, utility, b, k);
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
      let totalUtility = 0;
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
        totalUtility += this.counts[groups[s]!]! * u.toNumber();
      });
      this.data[p] = {
        index: p,
        cost,
        costF: cost.toNumber(),
        groups: Int32Array.from(groups),
        uIdx,
        utilities,
        utilitiesF: Float64Array.from(utilities.map((u) => u.toNumber())),
        supporters,
        lowest: (cost.toNumber() / totalUtility) * (1 - 1e-9),
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
    return new Run(this.data, this.counts, this.eligible, this.tie, perVoter, this.rounds).select([...this.free]);
  }
}

interface RoundCache {
  funded: number;
  readonly entries: Map<number, { keys: Int32Array; weights: Float64Array }>;
}

/** A funded project's payment rule, kept so its exact ρ can be computed when first needed. */
interface Funding {
  readonly p: ProjectData;
  /** The supporters at funding time by (class, utility): keys class·nU + uIdx, voter counts. */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  rho: Rational | null;
}

/**
 * A single run: the voters' money in budget classes, and the rounds.
 *
 * A class's budget never changes (voters move to a new class when they pay), so its double and
 * its exact value are fixed once known. The exact value is computed only when an exact
 * comparison needs it: max(0, parent's budget − ρ·u), with ρ the exact price of the funding
 * that created the class, itself computed from the classes of that time. Poor supporters (who
 * pay all they have) come out at exactly 0 through the max, so the split between poor and rich
 * never has to be decided exactly when funding. In most runs nothing exact is ever computed:
 * every decision was clear on doubles with their error bounds.
 */
class Run {
  /** Class of each group; class 0 holds the initial budget. */
  private readonly classOf: Int32Array;
  private budgetF: Float64Array;
  /** Absolute error bound of each class's double budget. */
  private errB: Float64Array;
  /** Exact budgets known so far (class → value); most classes never need one. */
  private readonly exact = new Map<number, Rational>();
  private parent: Int32Array;
  /** The funding that created each class (index into `fundings`) and the utility index paid. */
  private fundingOf: Int32Array;
  private payU: Int32Array;
  private readonly fundings: Funding[] = [];
  private classes = 1;
  /** Rounds done in this run (free projects aside). */
  private round = 0;
  /** Scratch for grouping a project's supporters by class (approval-like projects, nU = 1). */
  private scratch: Float64Array;
  private readonly touched: number[] = [];
  /** Scratch for a funding: old class → new class. */
  private target: Int32Array;

  constructor(
    private readonly data: readonly (ProjectData | undefined)[],
    private readonly counts: Float64Array,
    private readonly eligible: readonly number[],
    private readonly tie: (a: number, b: number) => number,
    perVoter: Rational,
    private readonly rounds: RoundCache[],
  ) {
    this.classOf = new Int32Array(counts.length);
    const b0 = perVoter.toNumber();
    const capacity = 1024;
    this.budgetF = new Float64Array(capacity);
    this.errB = new Float64Array(capacity);
    this.scratch = new Float64Array(capacity);
    this.target = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.fundingOf = new Int32Array(capacity);
    this.payU = new Int32Array(capacity);
    this.budgetF[0] = b0;
    this.errB[0] = Math.abs(b0) * 4 * Number.EPSILON;
    this.exact.set(0, perVoter);
    this.parent[0] = -1;
  }

  private exactBudget(c: number): Rational {
    const known = this.exact.get(c);
    if (known) return known;
    const f = this.fundings[this.fundingOf[c]!]!;
    const after = this.exactBudget(this.parent[c]!).sub(this.exactRho(f).mul(f.p.utilities[this.payU[c]!]!));
    const value = after.num < 0n ? Rational.ZERO : after;
    this.exact.set(c, value);
    return value;
  }

  private exactRho(f: Funding): Rational {
    if (!f.rho) f.rho = this.walkExact(f.p, f.keys, f.weights).rho;
    return f.rho;
  }

  private addClass(parent: number, f: number, u: number, budgetF: number, errB: number): number {
    const c = this.classes++;
    if (c >= this.budgetF.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.budgetF = grow(this.budgetF);
      this.errB = grow(this.errB);
      this.scratch = grow(this.scratch);
      this.target = grow(this.target);
      this.parent = grow(this.parent);
      this.fundingOf = grow(this.fundingOf);
      this.payU = grow(this.payU);
    }
    this.budgetF[c] = budgetF;
    this.errB[c] = errB;
    this.parent[c] = parent;
    this.fundingOf[c] = f;
    this.payU[c] = u;
    return c;
  }

  /** The supporters of p by (class, utility): keys class·nU + uIdx, and their voter counts. */
  private entries(p: ProjectData): { keys: Int32Array; weights: Float64Array } {
    const { groups, uIdx } = p;
    const nU = p.utilities.length;
    if (nU === 1) {
      const scratch = this.scratch;
      const touched = this.touched;
      touched.length = 0;
      for (let s = 0; s < groups.length; s++) {
        const g = groups[s]!;
        const c = this.classOf[g]!;
        if (scratch[c] === 0) touched.push(c);
        scratch[c]! += this.counts[g]!;
      }
      const keys = Int32Array.from(touched);
      const weights = new Float64Array(keys.length);
      for (let i = 0; i < keys.length; i++) {
        weights[i] = scratch[keys[i]!]!;
        scratch[keys[i]!] = 0;
      }
      return { keys, weights };
    }
    const tally = new Map<number, number>();
    for (let s = 0; s < groups.length; s++) {
      const g = groups[s]!;
      const key = this.classOf[g]! * nU + uIdx[s]!;
      tally.set(key, (tally.get(key) ?? 0) + this.counts[g]!);
    }
    return { keys: Int32Array.from(tally.keys()), weights: Float64Array.from(tally.values()) };
  }

  /**
   * ρ of a project on doubles with an absolute error bound, or null when its supporters
   * cannot afford it (decided exactly when the doubles are too close to tell). Also returns the
   * entries it used, for `fund`.
   */
  private affordF(p: ProjectData): { rho: number; err: number; keys: Int32Array; weights: Float64Array } | null {
    const nU = p.utilities.length;
    const cache = this.rounds[this.round]!.entries;
    let seen = cache.get(p.index);
    if (!seen) cache.set(p.index, (seen = this.entries(p)));
    const { keys, weights } = seen;
    const n = keys.length;
    const ratio = new Float64Array(n);
    let available = 0;
    let availableErr = 0;
    let D = 0;
    for (let i = 0; i < n; i++) {
      const c = nU === 1 ? keys[i]! : Math.floor(keys[i]! / nU);
      const u = p.utilitiesF[nU === 1 ? 0 : keys[i]! % nU]!;
      const b = this.budgetF[c]!;
      ratio[i] = b / u;
      available += weights[i]! * b;
      availableErr += weights[i]! * this.errB[c]!;
      D += weights[i]! * u;
    }
    availableErr += (Math.abs(available) + p.costF) * REL;
    if (available + availableErr < p.costF) return null;
    if (available - availableErr < p.costF) {
      let exact = Rational.ZERO;
      for (let i = 0; i < n; i++) exact = exact.add(this.exactBudget(nU === 1 ? keys[i]! : Math.floor(keys[i]! / nU)).mulInt(weights[i]!));
      if (exact.lt(p.cost)) return null;
    }
    // The poor/rich iteration: assume everyone rich; whoever cannot pay ρ·u pays all they have;
    // recompute ρ; repeat until nobody new is poor (ρ only grows, so the poor stay poor).
    const poor = new Uint8Array(n);
    let P = 0;
    let rho = p.costF / D;
    for (let pass = 1; ; pass++) {
      let changed = false;
      for (let i = 0; i < n; i++) {
        if (poor[i] === 0 && ratio[i]! < rho) {
          poor[i] = 1;
          changed = true;
          const c = nU === 1 ? keys[i]! : Math.floor(keys[i]! / nU);
          P += weights[i]! * this.budgetF[c]!;
          D -= weights[i]! * p.utilitiesF[nU === 1 ? 0 : keys[i]! % nU]!;
        }
      }
      if (!changed) break;
      if (D <= 0) {
        rho = Infinity;
        break;
      }
      rho = (p.costF - P) / D;
      if (pass === 3) {
        // Many budget levels: finish with one walk, poorest first, over those still rich.
        const rest: number[] = [];
        for (let i = 0; i < n; i++) if (poor[i] === 0) rest.push(i);
        rest.sort((a, b) => ratio[a]! - ratio[b]!);
        for (const i of rest) {
          if (ratio[i]! >= rho) break;
          const c = nU === 1 ? keys[i]! : Math.floor(keys[i]! / nU);
          P += weights[i]! * this.budgetF[c]!;
          D -= weights[i]! * p.utilitiesF[nU === 1 ? 0 : keys[i]! % nU]!;
          if (D <= 0) {
            rho = Infinity;
            break;
          }
          rho = (p.costF - P) / D;
        }
        break;
      }
    }
    if (rho === Infinity || D < Math.min(...p.utilitiesF) * 0.5) {
      // The doubles could not settle it (affordable only just): compute exactly.
      const exact = this.walkExact(p, keys, weights).rho;
      return { rho: exact.toNumber(), err: Math.abs(exact.toNumber()) * REL, keys, weights };
    }
    // Error of the poor budgets paid, spread over the rich utility D, plus rounding.
    const err = (availableErr + p.costF * REL) / D + rho * REL;
    return { rho, err, keys, weights };
  }

  /** The exact ρ of an affordable project for the given supporter entries. */
  private walkExact(p: ProjectData, keys: Int32Array, weights: Float64Array): { rho: Rational } {
    const nU = p.utilities.length;
    const n = keys.length;
    const cls = Array.from(keys, (k) => (nU === 1 ? k : Math.floor(k / nU)));
    const ui = Array.from(keys, (k) => (nU === 1 ? 0 : k % nU));
    const ratio = cls.map((c, i) => this.budgetF[c]! / p.utilitiesF[ui[i]!]!);
    const tol = (i: number) => (2 * this.errB[cls[i]!]!) / p.utilitiesF[ui[i]!]! + Math.abs(ratio[i]!) * REL;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const d = ratio[a]! - ratio[b]!;
      if (Math.abs(d) > tol(a) + tol(b)) return d;
      // b_a / u_a vs b_b / u_b, exactly.
      return this.exactBudget(cls[a]!).mul(p.utilities[ui[b]!]!).compare(this.exactBudget(cls[b]!).mul(p.utilities[ui[a]!]!));
    });
    let paidByPoor = Rational.ZERO;
    let D = Rational.ZERO;
    for (let i = 0; i < n; i++) D = D.add(p.utilities[ui[i]!]!.mulInt(weights[i]!));
    for (const i of order) {
      const u = p.utilities[ui[i]!]!;
      const b = this.exactBudget(cls[i]!);
      const left = p.cost.sub(paidByPoor);
      // Rich when ρ·u ≤ b with ρ = left / D.
      if (left.mul(u).le(b.mul(D))) return { rho: left.div(D) };
      paidByPoor = paidByPoor.add(b.mulInt(weights[i]!));
      D = D.sub(u.mulInt(weights[i]!));
    }
    throw new Error('equal shares: an exact price asked for a project its supporters cannot afford');
  }

  /** Funds p at price ρ: each supporter pays min(budget, ρ·u) and moves to a new class. */
  private fund(p: ProjectData, rhoF: number, rhoErr: number, keys: Int32Array, weights: Float64Array, rho: Rational | null): void {
    const nU = p.utilities.length;
    const f = this.fundings.push({ p, keys, weights, rho }) - 1;
    const wide = nU > 1 ? new Map<number, number>() : null;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const c = nU === 1 ? key : Math.floor(key / nU);
      const u = nU === 1 ? 0 : key % nU;
      const uF = p.utilitiesF[u]!;
      const after = this.budgetF[c]! - rhoF * uF;
      const err = this.errB[c]! + rhoErr * uF + Math.abs(after) * REL;
      const created = this.addClass(c, f, u, after > 0 ? after : 0, err);
      if (wide) wide.set(key, created);
      else this.target[c] = created;
    }
    const { groups, uIdx } = p;
    const classOf = this.classOf;
    if (wide) {
      for (let s = 0; s < groups.length; s++) classOf[groups[s]!] = wide.get(classOf[groups[s]!]! * nU + uIdx[s]!)!;
    } else {
      for (let s = 0; s < groups.length; s++) classOf[groups[s]!] = this.target[classOf[groups[s]!]!]!;
    }
  }

  select(chosen: number[]): number[] {
    // A proven lower bound of each project's ρ: first everyone rich (cost / total utility), then
    // the last value found minus its error; budgets only fall, so ρ only grows.
    const lower = new Float64Array(this.data.length);
    for (const p of this.eligible) lower[p] = this.data[p]!.lowest;
    const dead = new Uint8Array(this.data.length);
    let alive = [...this.eligible];
    for (;;) {
      if (this.round === this.rounds.length) this.rounds.push({ funded: -1, entries: new Map() });
      alive = alive.filter((p) => dead[p] === 0).sort((a, b) => lower[a]! - lower[b]!);
      let bestHi = Infinity;
      const found: { p: number; rho: number; err: number; keys: Int32Array; weights: Float64Array }[] = [];
      for (const p of alive) {
        if (lower[p]! > bestHi) break;
        const a = this.affordF(this.data[p]!);
        if (!a) {
          dead[p] = 1;
          continue;
        }
        if (a.rho - a.err > lower[p]!) lower[p] = a.rho - a.err;
        found.push({ p, rho: a.rho, err: a.err, keys: a.keys, weights: a.weights });
        if (a.rho + a.err < bestHi) bestHi = a.rho + a.err;
      }
      if (found.length === 0) return chosen;
      const near = found.filter((f) => f.rho - f.err <= bestHi);
      let winner = near[0]!;
      let exact: Rational | null = null;
      if (near.length > 1) {
        // Too close to call on doubles: exact prices decide, then the declared tie-breaking.
        exact = this.walkExact(this.data[winner.p]!, winner.keys, winner.weights).rho;
        for (const f of near.slice(1)) {
          const other = this.walkExact(this.data[f.p]!, f.keys, f.weights).rho;
          const c = other.compare(exact);
          if (c < 0 || (c === 0 && this.tie(f.p, winner.p) < 0)) {
            winner = f;
            exact = other;
          }
        }
      }
      this.fund(this.data[winner.p]!, exact ? exact.toNumber() : winner.rho, exact ? Math.abs(exact.toNumber()) * REL : winner.err, winner.keys, winner.weights, exact);
      chosen.push(winner.p);
      const cached = this.rounds[this.round]!;
      if (cached.funded !== winner.p) {
        // A different path from here on: what the cache holds for later rounds no longer applies.
        cached.funded = winner.p;
        this.rounds.length = this.round + 1;
      }
      this.round++;
      dead[winner.p] = 1;
    }
  }
}
