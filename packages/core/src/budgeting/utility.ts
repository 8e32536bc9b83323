import type { Election, TallyBallot } from './election.js';
import { Rational } from './rational.js';

/**
 * How much a supporter values a project, the "satisfaction" of the equal-shares papers:
 * - `cost`: the project's cost (cost-utility; on points ballots, cost × points),
 * - `approval`: 1 for each project the voter supports, whatever its cost,
 * - `points`: the points the voter gave it (1 on approval ballots, where this is `approval`).
 */
export type Utility = 'cost' | 'approval' | 'points';

/** The utility of the k-th project of a ballot, exact. */
export function utilityOf(election: Election, utility: Utility, ballot: TallyBallot, k: number): Rational {
  const points = ballot.points ? ballot.points[k]! : 1;
  switch (utility) {
    case 'cost':
      return points === 1 ? election.projects[ballot.projects[k]!]!.cost : election.projects[ballot.projects[k]!]!.cost.mulInt(points);
    case 'approval':
      return Rational.ONE;
    case 'points':
      return Rational.of(points);
  }
}

/** The total utility of each project over all voters. */
export function totalUtilities(election: Election, utility: Utility): Rational[] {
  const totals = election.projects.map(() => Rational.ZERO);
  for (const b of election.ballots) {
    b.projects.forEach((p, k) => {
      totals[p] = totals[p]!.add(utilityOf(election, utility, b, k).mulInt(b.count));
    });
  }
  return totals;
}
