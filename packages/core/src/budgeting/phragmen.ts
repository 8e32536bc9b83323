/**
 * Sequential Phragmén for participatory budgeting.
 *
 * Papers: L. E. Phragmén (1894), as formalised by M. Brill, R. Freeman, S. Janson, M. Lackner,
 * "Phragmén's Voting Methods and Justified Representation", AAAI 2017; for budgets:
 * M. Los, Z. Christoff, D. Grossi, "Proportional Budget Allocations: Towards a Systematization",
 * IJCAI 2022. The reference implementation whose outcomes `pabulib.test.ts` reproduces is
 * pabutools' `sequential_phragmen`.
 *
 * Voters earn money continuously at the same rate. A project is bought as soon as its
 * supporters together hold its cost; buying it spends all their money ("load"). Equivalently,
 * each round funds the project minimising the new common load of its supporters,
 * (Σ supporters' loads + cost) / number of supporters. The rule stops at the first project so
 * chosen that no longer fits in the budget (it does not skip to a cheaper one). Projects
 * costing more than the whole budget are never considered; projects without supporters never
 * win. Approval ballots only (points ballots are read as approvals of the projects given
 * points).
 *
 * Exact: loads are Rationals. All supporters of a funded project end with the same load, so
 * voters fall into at most one load class per round, and each project keeps a count of its
 * supporters per class; a round compares the candidates on doubles with an error bound and
 * decides exactly whenever two are within it.
 */
import { supporterCounts, type Election } from './election.js';
import { Rational } from './rational.js';
import { tieBreakComparator, type TieBreaking } from './tie-breaking.js';

export interface PhragmenOptions {
  readonly tieBreaking?: TieBreaking;
}

/** Funded project indices, in the order they were funded. */
export function phragmen(election: Election, options: PhragmenOptions = {}): number[] {
  const tie = tieBreakComparator(election, options.tieBreaking);
  const P = election.projects.length;
  const score = supporterCounts(election);
  const candidates = new Set<number>();
  for (let p = 0; p < P; p++) if (score[p]! > 0 && election.projects[p]!.cost.le(election.budget)) candidates.add(p);
  const G = election.ballots.length;
  const classOf = new Int32Array(G); // class 0: load 0
  const loads: Rational[] = [Rational.ZERO];
  const loadsF: number[] = [0];
  // perClass[p] maps class → number of p's supporters in it.
  const perClass: Map<number, number>[] = Array.from({ length: P }, () => new Map());
  const supportersOf: number[][] = Array.from({ length: P }, () => []);
  election.ballots.forEach((b, g) => {
    for (const p of b.projects) {
      supportersOf[p]!.push(g);
      perClass[p]!.set(0, (perClass[p]!.get(0) ?? 0) + b.count);
    }
  });
  const costF = election.projects.map((p) => p.cost.toNumber());
  const exactLoad = (p: number): Rational => {
    let total = election.projects[p]!.cost;
    for (const [c, n] of perClass[p]!) if (n !== 0 && c !== 0) total = total.add(loads[c]!.mulInt(n));
    return total.divInt(score[p]!);
  };
  const chosen: number[] = [];
  let spent = Rational.ZERO;
  let maxLoadF = 0;
  for (;;) {
    if (candidates.size === 0) return chosen;
    let best = Infinity;
    const values: { p: number; v: number }[] = [];
    for (const p of candidates) {
      let total = costF[p]!;
      for (const [c, n] of perClass[p]!) total += n * loadsF[c]!;
      const v = total / score[p]!;
      values.push({ p, v });
      if (v < best) best = v;
    }
    // Loads are sums of at most P terms each at most the largest load: bound the error by it.
    const err = (Math.max(best, maxLoadF) + 1) * 1e-12;
    const near = values.filter((x) => x.v <= best + 2 * err).map((x) => x.p);
    let min = exactLoad(near[0]!);
    let tied = [near[0]!];
    for (const p of near.slice(1)) {
      const l = exactLoad(p);
      const c = l.compare(min);
      if (c < 0) {
        min = l;
        tied = [p];
      } else if (c === 0) tied.push(p);
    }
    const left = election.budget.sub(spent);
    if (tied.some((p) => election.projects[p]!.cost.gt(left))) return chosen;
    const winner = tied.sort(tie)[0]!;
    chosen.push(winner);
    candidates.delete(winner);
    spent = spent.add(election.projects[winner]!.cost);
    // Every supporter of the winner moves to the new class with load `min`.
    const cls = loads.length;
    loads.push(min);
    loadsF.push(min.toNumber());
    maxLoadF = Math.max(maxLoadF, min.toNumber());
    for (const g of supportersOf[winner]!) {
      const old = classOf[g]!;
      const ballot = election.ballots[g]!;
      for (const q of ballot.projects) {
        const m = perClass[q]!;
        const left = m.get(old)! - ballot.count;
        if (left === 0) m.delete(old);
        else m.set(old, left);
        m.set(cls, (m.get(cls) ?? 0) + ballot.count);
      }
      classOf[g] = cls;
    }
  }
}
