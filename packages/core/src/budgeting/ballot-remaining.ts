import type { Ballot } from './ballot.schema.js';
import type { BudgetRules } from './rules.schema.js';

/** The money, projects and points a voter still has, as the ballot shows them. */
export interface BallotRemaining {
  /** Knapsack: budget − cost of the chosen projects (negative when over). */
  readonly money?: number;
  /** Approval with a maximum: projects that may still be chosen (negative when over). */
  readonly projects?: number;
  /** Points: points left to give (negative when over). */
  readonly points?: number;
}

/** The cost of each known project (for validateBallot). */
export const costOf = (rules: BudgetRules): Map<string, number> => new Map(rules.projects.map((p) => [p.id, p.cost]));

/** The total cost of the known projects a ballot chooses. */
export function ballotCost(rules: BudgetRules, ballot: Ballot): number {
  const costs = costOf(rules);
  let total = 0;
  const seen = new Set<string>();
  for (const c of ballot.choices) {
    if (seen.has(c.project)) continue;
    seen.add(c.project);
    total += costs.get(c.project) ?? 0;
  }
  return total;
}

/** The points a ballot gives in all (for validateBallot). */
export function pointsUsed(ballot: Ballot): number {
  return ballot.choices.reduce((sum, c) => sum + (c.points ?? 0), 0);
}

/** What is left to spend or choose under the budget's rules. */
export function remaining(rules: BudgetRules, ballot: Ballot): BallotRemaining {
  switch (rules.ballot.type) {
    case 'knapsack':
      return { money: rules.budget - ballotCost(rules, ballot) };
    case 'approval':
      return rules.ballot.maxProjects === undefined ? {} : { projects: rules.ballot.maxProjects - new Set(ballot.choices.map((c) => c.project)).size };
    case 'points':
      return { points: rules.ballot.totalPoints - pointsUsed(ballot) };
  }
}
