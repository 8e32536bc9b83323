/**
 * The Method of Equal Shares written as plainly as the paper states it (Peters, Pierczyński,
 * Skowron, NeurIPS 2021, rule "MES"): one exact budget per voter, every project's ρ recomputed
 * from scratch in every round, no grouping, no doubles. Slow on purpose: it is the reference
 * that tests compare the fast engine with on random elections, and the baseline of
 * `bench/budgeting-rules.ts`. Not part of the public surface.
 */
import type { Election } from './election.js';
import { Rational } from './rational.js';
import { tieBreakComparator, type TieBreaking } from './tie-breaking.js';
import { utilityOf, type Utility } from './utility.js';

/** One MES run at the given per-voter budget (no completion): funded indices in order. */
export function naiveEqualShares(election: Election, utility: Utility, perVoter: Rational, tieBreaking?: TieBreaking): number[] {
  const tie = tieBreakComparator(election, tieBreaking);
  // Expand the groups back into single voters.
  const budgets: Rational[] = [];
  const supporters: { voter: number; u: Rational }[][] = election.projects.map(() => []);
  for (const b of election.ballots) {
    for (let c = 0; c < b.count; c++) {
      const voter = budgets.length;
      budgets.push(perVoter);
      b.projects.forEach((p, k) => {
        supporters[p]!.push({ voter, u: utilityOf(election, utility, b, k) });
      });
    }
  }
  const chosen: number[] = [];
  const remaining = new Set<number>();
  election.projects.forEach((p, i) => {
    if (supporters[i]!.length === 0) return;
    if (p.cost.isZero()) chosen.push(i);
    else remaining.add(i);
  });
  chosen.sort(tie);
  for (;;) {
    let best: { p: number; rho: Rational } | null = null;
    for (const p of [...remaining]) {
      const cost = election.projects[p]!.cost;
      const sup = supporters[p]!;
      let available = Rational.ZERO;
      for (const s of sup) available = available.add(budgets[s.voter]!);
      if (available.lt(cost)) {
        remaining.delete(p);
        continue;
      }
      const sorted = [...sup].sort((a, b) => budgets[a.voter]!.mul(b.u).compare(budgets[b.voter]!.mul(a.u)));
      let paid = Rational.ZERO;
      let denominator = sup.reduce((t, s) => t.add(s.u), Rational.ZERO);
      let rho: Rational | null = null;
      for (const s of sorted) {
        const candidate = cost.sub(paid).div(denominator);
        if (candidate.mul(s.u).le(budgets[s.voter]!)) {
          rho = candidate;
          break;
        }
        paid = paid.add(budgets[s.voter]!);
        denominator = denominator.sub(s.u);
      }
      if (!rho) throw new Error('unreachable: affordable but no ρ');
      if (!best || rho.lt(best.rho) || (rho.equals(best.rho) && tie(p, best.p) < 0)) best = { p, rho };
    }
    if (!best) return chosen;
    for (const s of supporters[best.p]!) budgets[s.voter] = budgets[s.voter]!.sub(budgets[s.voter]!.min(best.rho.mul(s.u)));
    chosen.push(best.p);
    remaining.delete(best.p);
  }
}
