import { voteCounts, type Election } from './election.js';

/**
 * The declared tie-breaking order, frozen with the rules: when a rule finds two projects
 * exactly equal, the first criterion that separates them decides.
 * - `lowest-cost`: the cheaper project first;
 * - `most-votes`: the project with more votes (supporters; points on points ballots) first;
 * - `lot`: the order of a lot drawn in advance (a permutation of the project ids, published
 *   with the rules before voting opens).
 */
export type TieBreakCriterion = 'lowest-cost' | 'most-votes' | 'lot';

export interface TieBreaking {
  readonly order: readonly TieBreakCriterion[];
  /**
   * The lot: project ids in the drawn order. Projects missing from it come after, by id.
   * Without a lot, ids are compared as strings, as pabutools' lexicographic tie-breaking does.
   */
  readonly lot?: readonly string[];
}

export const DEFAULT_TIE_BREAKING: TieBreaking = { order: ['lowest-cost', 'most-votes', 'lot'] };

/**
 * A total order on project indices: negative when `a` wins a tie against `b`. The last resort
 * is the lot (or the id), so two different projects are never equal.
 */
export function tieBreakComparator(election: Election, tieBreaking: TieBreaking = DEFAULT_TIE_BREAKING): (a: number, b: number) => number {
  const votes = voteCounts(election);
  const lotRank = new Map<string, number>();
  tieBreaking.lot?.forEach((id, i) => lotRank.set(id, i));
  const byLot = (a: number, b: number): number => {
    const ia = election.projects[a]!.id;
    const ib = election.projects[b]!.id;
    const ra = lotRank.get(ia) ?? Infinity;
    const rb = lotRank.get(ib) ?? Infinity;
    if (ra !== rb) return ra < rb ? -1 : 1;
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  };
  const criteria = tieBreaking.order.map((criterion) => {
    switch (criterion) {
      case 'lowest-cost':
        return (a: number, b: number) => election.projects[a]!.cost.compare(election.projects[b]!.cost);
      case 'most-votes':
        return (a: number, b: number) => votes[b]! - votes[a]!;
      case 'lot':
        return byLot;
    }
  });
  return (a, b) => {
    for (const criterion of criteria) {
      const c = criterion(a, b);
      if (c !== 0) return c;
    }
    return byLot(a, b);
  };
}
