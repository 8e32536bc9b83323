import { Rational } from './rational.js';

/**
 * The input of every winner rule: a budget, the projects with their costs, and the ballots,
 * identical ballots grouped with a count (a city's 47,000 ballots often hold far fewer
 * distinct ones, and every rule works per distinct ballot).
 */
export interface TallyProject {
  readonly id: string;
  readonly cost: Rational;
}

export interface TallyBallot {
  /** Indices into `Election.projects`, each at most once, ascending. */
  readonly projects: readonly number[];
  /** Points given to each project of `projects` (same order); absent for approval ballots. */
  readonly points?: readonly number[];
  /** How many voters cast exactly this ballot. */
  readonly count: number;
}

export interface Election {
  readonly budget: Rational;
  readonly projects: readonly TallyProject[];
  /** Distinct non-blank ballots with their counts. */
  readonly ballots: readonly TallyBallot[];
  /** Every voter, blank ballots included (equal shares divides the budget by this). */
  readonly voters: number;
  /** Whether the ballots carry points (cumulative ballots) rather than approvals. */
  readonly withPoints: boolean;
}

/** One voter's ballot as read from a file or a store: project ids, and points when cumulative. */
export interface RawBallot {
  readonly projects: readonly string[];
  readonly points?: readonly number[];
}

/**
 * Builds an election, grouping identical ballots. Unknown project ids are an error; a project
 * named twice in one ballot is counted once (approval) or has its points added (points).
 * Projects given zero points are left out of the ballot.
 */
export function buildElection(
  budget: Rational,
  projects: readonly TallyProject[],
  ballots: Iterable<RawBallot>,
): Election {
  const index = new Map<string, number>();
  projects.forEach((p, i) => {
    if (index.has(p.id)) throw new Error(`Project id "${p.id}" appears twice`);
    if (p.cost.num < 0n) throw new Error(`Project "${p.id}" has a negative cost`);
    index.set(p.id, i);
  });
  const groups = new Map<string, { projects: number[]; points?: number[]; count: number }>();
  let voters = 0;
  let withPoints = false;
  for (const ballot of ballots) {
    voters++;
    const given = new Map<number, number>();
    ballot.projects.forEach((id, k) => {
      const i = index.get(id);
      if (i === undefined) throw new Error(`A ballot names the unknown project "${id}"`);
      const pts = ballot.points ? ballot.points[k]! : 1;
      if (!Number.isInteger(pts) || pts < 0) throw new Error(`Points must be whole numbers ≥ 0 (project "${id}")`);
      given.set(i, ballot.points ? (given.get(i) ?? 0) + pts : 1);
    });
    const chosen = [...given.entries()].filter(([, pts]) => pts > 0).sort((a, b) => a[0] - b[0]);
    if (chosen.length === 0) continue; // a blank ballot: counted among the voters only
    if (ballot.points) withPoints = true;
    const key = ballot.points ? chosen.map(([i, p]) => `${i}:${p}`).join(',') : chosen.map(([i]) => i).join(',');
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, {
        projects: chosen.map(([i]) => i),
        ...(ballot.points ? { points: chosen.map(([, p]) => p) } : {}),
        count: 1,
      });
  }
  return { budget, projects, ballots: [...groups.values()], voters, withPoints };
}

/** Votes of each project: its number of supporters, or its total points on points ballots. */
export function voteCounts(election: Election): number[] {
  const votes = new Array<number>(election.projects.length).fill(0);
  for (const b of election.ballots) {
    b.projects.forEach((p, k) => {
      votes[p]! += b.count * (b.points ? b.points[k]! : 1);
    });
  }
  return votes;
}

/** Supporters of each project: voters who gave it a vote or at least one point. */
export function supporterCounts(election: Election): number[] {
  const counts = new Array<number>(election.projects.length).fill(0);
  for (const b of election.ballots) for (const p of b.projects) counts[p]! += b.count;
  return counts;
}

/** The total cost of a set of projects (indices). */
export function totalCost(election: Election, chosen: Iterable<number>): Rational {
  let total = Rational.ZERO;
  for (const p of chosen) total = total.add(election.projects[p]!.cost);
  return total;
}
