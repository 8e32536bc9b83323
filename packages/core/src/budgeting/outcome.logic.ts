import type { Election } from './election.js';

/**
 * Voters who got at least one project they voted for, among all voters (blank ballots
 * included): the figure the results page shows beside the winners.
 */
export function votersWithAWinner(election: Election, winners: Iterable<number>): { voters: number; withWinner: number; share: number } {
  const won = new Set(winners);
  let withWinner = 0;
  for (const b of election.ballots) if (b.projects.some((p) => won.has(p))) withWinner += b.count;
  return { voters: election.voters, withWinner, share: election.voters === 0 ? 0 : withWinner / election.voters };
}

/** Project indices of the given ids, in the same order; unknown ids are an error. */
export function projectIndices(election: Election, ids: Iterable<string>): number[] {
  const index = new Map(election.projects.map((p, i) => [p.id, i]));
  return [...ids].map((id) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`Unknown project "${id}"`);
    return i;
  });
}
