import type { Ballot } from './ballot.schema.js';
import type { BudgetRules } from './rules.schema.js';

/**
 * A way a ballot breaks its budget's rules: a message key of budgeting.messages.ts, its
 * parameters, and the JSON pointer of the offending part of the ballot (for the widget to
 * show the error by the field and the server to answer with a problem+json pointer).
 */
export interface BallotViolation {
  readonly key: string;
  readonly params: Readonly<Record<string, number | string>>;
  readonly pointer: string;
}

/** The money, projects and points a voter still has, as the ballot shows them. */
export interface BallotRemaining {
  /** Knapsack: budget − cost of the chosen projects (negative when over). */
  readonly money?: number;
  /** Approval with a maximum: projects that may still be chosen (negative when over). */
  readonly projects?: number;
  /** Points: points left to give (negative when over). */
  readonly points?: number;
}

const costOf = (rules: BudgetRules): Map<string, number> => new Map(rules.projects.map((p) => [p.id, p.cost]));

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

function pointsUsed(ballot: Ballot): number {
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

/**
 * Every way the ballot breaks the rules, in the order of the ballot, then the ballot-wide ones;
 * [] when it may be cast. A blank ballot (no choices) is always valid: the minimums apply only
 * to a ballot that chooses something.
 */
export function validateBallot(rules: BudgetRules, ballot: Ballot): BallotViolation[] {
  const violations: BallotViolation[] = [];
  const costs = costOf(rules);
  const seen = new Set<string>();
  const points = rules.ballot.type === 'points';
  ballot.choices.forEach((choice, i) => {
    const pointer = `/choices/${i}`;
    if (!costs.has(choice.project)) {
      violations.push({ key: 'budgeting.ballot.unknownProject', params: { project: choice.project }, pointer: `${pointer}/project` });
    } else if (seen.has(choice.project)) {
      violations.push({ key: 'budgeting.ballot.duplicate', params: { project: choice.project }, pointer: `${pointer}/project` });
    }
    seen.add(choice.project);
    if (points && choice.points === undefined) {
      violations.push({ key: 'budgeting.ballot.pointsRequired', params: { project: choice.project }, pointer: `${pointer}/points` });
    } else if (!points && choice.points !== undefined) {
      violations.push({ key: 'budgeting.ballot.pointsNotAllowed', params: { project: choice.project }, pointer: `${pointer}/points` });
    } else if (rules.ballot.type === 'points' && rules.ballot.maxPointsPerProject !== undefined && choice.points! > rules.ballot.maxPointsPerProject) {
      violations.push({
        key: 'budgeting.ballot.pointsPerProject',
        params: { project: choice.project, max: rules.ballot.maxPointsPerProject, given: choice.points! },
        pointer: `${pointer}/points`,
      });
    }
  });
  if (ballot.choices.length === 0) return violations;
  const chosen = seen.size;
  switch (rules.ballot.type) {
    case 'approval': {
      const { minProjects, maxProjects } = rules.ballot;
      if (chosen < minProjects) violations.push({ key: 'budgeting.ballot.tooFew', params: { min: minProjects, chosen }, pointer: '/choices' });
      if (maxProjects !== undefined && chosen > maxProjects) {
        violations.push({ key: 'budgeting.ballot.tooMany', params: { max: maxProjects, chosen }, pointer: '/choices' });
      }
      break;
    }
    case 'knapsack': {
      const total = ballotCost(rules, ballot);
      if (total > rules.budget) {
        violations.push({ key: 'budgeting.ballot.overBudget', params: { budget: rules.budget, total, over: total - rules.budget }, pointer: '/choices' });
      } else if (total < rules.ballot.minShareSpent * rules.budget) {
        violations.push({
          key: 'budgeting.ballot.underMinimumShare',
          params: {
            budget: rules.budget,
            total,
            minimum: Math.ceil(rules.ballot.minShareSpent * rules.budget),
            percent: Math.round(rules.ballot.minShareSpent * 100),
          },
          pointer: '/choices',
        });
      }
      break;
    }
    case 'points': {
      const used = pointsUsed(ballot);
      if (used > rules.ballot.totalPoints) {
        violations.push({ key: 'budgeting.ballot.tooManyPoints', params: { total: rules.ballot.totalPoints, used, over: used - rules.ballot.totalPoints }, pointer: '/choices' });
      }
      break;
    }
  }
  return violations;
}

/** Whether the ballot may be cast as it is. */
export function isBallotValid(rules: BudgetRules, ballot: Ballot): boolean {
  return validateBallot(rules, ballot).length === 0;
}
