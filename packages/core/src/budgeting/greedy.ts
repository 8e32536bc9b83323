/**
 * Greedy rules: "most votes first" and its cost-aware sibling.
 *
 * The utilitarian greedy rule of the participatory-budgeting literature: order the projects by
 * total utility per unit of cost and fund each in turn when it still fits in what is left of
 * the budget, skipping those that do not (so a cheaper project further down can still win).
 * - With cost-utility (each supporter values a project at its cost) the ratio is the number
 *   of votes: this is the rule most cities use ("most votes first", CONSUL's rule).
 * - With approval utility (each supporter values a project at 1) the ratio is votes per unit
 *   of cost.
 * Reference: H. Aziz, B. E. Lee, N. Talmon, "Proportionally Representative Participatory
 * Budgeting: Axioms and Algorithms", AAMAS 2018 (greedy welfare maximisation), and
 * pabutools' `greedy_utilitarian_welfare`, whose outcomes `pabulib.test.ts` reproduces.
 * Projects nobody supports are never funded (pabutools would add them last if they fit).
 */
import { supporterCounts, type Election } from './election.js';
import { tieBreakComparator, type TieBreaking } from './tie-breaking.js';
import { totalUtilities, type Utility } from './utility.js';

export interface GreedyOptions {
  readonly utility: Utility;
  readonly tieBreaking?: TieBreaking;
  /** Projects already funded (e.g. by equal shares before a greedy completion). */
  readonly initial?: readonly number[];
}

/** The funded project indices, in the order they were funded (`initial` first). */
export function greedy(election: Election, options: GreedyOptions): number[] {
  const totals = totalUtilities(election, options.utility);
  const supporters = supporterCounts(election);
  const tie = tieBreakComparator(election, options.tieBreaking);
  const chosen = [...(options.initial ?? [])];
  const taken = new Set(chosen);
  let left = election.budget;
  for (const p of chosen) left = left.sub(election.projects[p]!.cost);
  const candidates = election.projects
    .map((_, i) => i)
    .filter((i) => !taken.has(i) && supporters[i]! > 0);
  // Ratio utility/cost, compared exactly as u_a·c_b vs u_b·c_a; a free project comes first.
  candidates.sort((a, b) => {
    const ca = election.projects[a]!.cost;
    const cb = election.projects[b]!.cost;
    if (ca.isZero() || cb.isZero()) {
      if (!ca.isZero()) return 1;
      if (!cb.isZero()) return -1;
      return tie(a, b);
    }
    const c = totals[b]!.mul(ca).compare(totals[a]!.mul(cb));
    return c !== 0 ? c : tie(a, b);
  });
  for (const p of candidates) {
    const cost = election.projects[p]!.cost;
    if (cost.le(left)) {
      chosen.push(p);
      left = left.sub(cost);
    }
  }
  return chosen;
}
