/**
 * The budgeting API's paths and problem types, apart from its schemas (round.schema.ts), so a
 * widget that builds one request does not carry the module of every schema (issue 7).
 */
export const BUDGETING_PATHS = {
  rounds: '/api/v1/budgeting/rounds',
  staffRounds: '/api/v1/staff/budgeting/rounds',
} as const;

/** Problem types of the budgeting API, besides the platform's (PROBLEM_TYPES). */
export const BUDGETING_PROBLEM_TYPES = {
  /** The rules (or what they depend on) cannot change any more: voting has opened. */
  rulesFrozen: 'https://kohtaamo.fi/problems/budgeting/rules-frozen',
  /** The round is not in the phase the request needs (proposals closed, voting not open…). */
  wrongPhase: 'https://kohtaamo.fi/problems/budgeting/wrong-phase',
  /** This voter has voted already (in this budget, or in the round when one budget is allowed). */
  alreadyVoted: 'https://kohtaamo.fi/problems/budgeting/already-voted',
  /** The voting code or identity token is not valid for this round. */
  notEligible: 'https://kohtaamo.fi/problems/budgeting/not-eligible',
} as const;
