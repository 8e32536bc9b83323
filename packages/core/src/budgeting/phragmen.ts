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
 * Exact: all supporters of a funded project end with the same load, so voters fall into at
 * most one new load class per round, and each project keeps a count of its supporters per
 * class. A round compares the candidates on doubles, each with an error bound, and decides on
 * exact Rationals whenever two are within their bounds; a class's exact load is computed only
 * then, from the snapshot of the round that created it.
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
  // Each load class: its double, an absolute error bound, and its exact value, computed only
  // when an exact comparison needs it from the snapshot of the round that created it.
  const loadsF: number[] = [0];
  const errL: number[] = [0];
  const exactL: (Rational | null)[] = [Rational.ZERO];
  const snapshot: ({ p: number; classes: number[]; counts: number[] } | null)[] = [null];
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
  const exactLoadOf = (c: number): Rational => {
    const known = exactL[c];
    if (known) return known;
    const snap = snapshot[c]!;
    const value = newLoad(snap.p, snap.classes, snap.counts);
    exactL[c] = value;
    return value;
  };
  /** (cost + Σ supporters' loads) / supporters, exactly. */
  const newLoad = (p: number, classes: readonly number[], counts: readonly number[]): Rational => {
    let total = election.projects[p]!.cost;
    classes.forEach((c, i) => {
      if (c !== 0) total = total.add(exactLoadOf(c).mulInt(counts[i]!));
    });
    return total.divInt(score[p]!);
  };
  const chosen: number[] = [];
  let spent = Rational.ZERO;
  for (;;) {
    if (candidates.size === 0) return chosen;
    let bestHi = Infinity;
    const values: { p: number; v: number; err: number }[] = [];
    for (const p of candidates) {
      let total = costF[p]!;
      let err = 0;
      for (const [c, n] of perClass[p]!) {
        total += n * loadsF[c]!;
        err += n * errL[c]!;
      }
      const v = total / score[p]!;
      const e = (err + total * 1e-12) / score[p]! + v * 1e-12;
      values.push({ p, v, err: e });
      if (v + e < bestHi) bestHi = v + e;
    }
    const near = values.filter((x) => x.v - x.err <= bestHi);
    let tied = [near[0]!.p];
    let min: Rational | null = null;
    if (near.length > 1) {
      // Too close to call on doubles: exact loads decide.
      const exactOf = (p: number) => newLoad(p, [...perClass[p]!.keys()], [...perClass[p]!.values()]);
      min = exactOf(near[0]!.p);
      for (const x of near.slice(1)) {
        const l = exactOf(x.p);
        const c = l.compare(min);
        if (c < 0) {
          min = l;
          tied = [x.p];
        } else if (c === 0) tied.push(x.p);
      }
    }
    const left = election.budget.sub(spent);
    if (tied.some((p) => election.projects[p]!.cost.gt(left))) return chosen;
    const winner = tied.sort(tie)[0]!;
    const w = values.find((x) => x.p === winner)!;
    chosen.push(winner);
    candidates.delete(winner);
    spent = spent.add(election.projects[winner]!.cost);
    // Every supporter of the winner moves to the new class.
    const cls = loadsF.length;
    loadsF.push(min ? min.toNumber() : w.v);
    errL.push(min ? Math.abs(min.toNumber()) * 1e-12 : w.err);
    exactL.push(min);
    snapshot.push({ p: winner, classes: [...perClass[winner]!.keys()], counts: [...perClass[winner]!.values()] });
    for (const g of supportersOf[winner]!) {
      const old = classOf[g]!;
      const ballot = election.ballots[g]!;
      for (const q of ballot.projects) {
        const m = perClass[q]!;
        const rest = m.get(old)! - ballot.count;
        if (rest === 0) m.delete(old);
        else m.set(old, rest);
        m.set(cls, (m.get(cls) ?? 0) + ballot.count);
      }
      classOf[g] = cls;
    }
  }
}
