import type { Ballot } from './ballot.schema.js';
import type { BudgetRules } from './rules.schema.js';
import { ballotCost, costOf, pointsUsed } from './ballot-remaining.js';

// What is left on a ballot is its own module, so the ballot widget's first view shows it without
// these checks (issue 7, ADR 0098); re-exported here, where it always was.
export { ballotCost, remaining, type BallotRemaining } from './ballot-remaining.js';

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
