import * as v from 'valibot';

/**
 * The rules of one budget, frozen when voting opens: the money, the projects on the ballot
 * with their costs, the ballot type and its limits, the winner rule with its completion, and
 * the tie-breaking order. The same schema checks them in the console, on the server and in
 * the ballot widget.
 */

/** Money in whole currency units (euros): costs and budgets in Finnish PB are set in euros. */
export const MoneySchema = v.pipe(v.number('common.invalid'), v.safeInteger('common.invalid'), v.minValue(0, 'common.invalid'));

export const ProjectIdSchema = v.pipe(
  v.string('common.invalid'),
  v.trim(),
  v.nonEmpty('common.invalid'),
  v.maxLength(64, 'common.invalid'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'common.invalid'),
);

export const BallotProjectSchema = v.object({ id: ProjectIdSchema, cost: MoneySchema });
export type BallotProject = v.InferOutput<typeof BallotProjectSchema>;

const count = v.pipe(v.number('common.invalid'), v.safeInteger('common.invalid'), v.minValue(0, 'common.invalid'));
const positive = v.pipe(v.number('common.invalid'), v.safeInteger('common.invalid'), v.minValue(1, 'common.invalid'));

/** Approval: choose between `minProjects` and `maxProjects` projects (cost plays no part). */
export const ApprovalBallotRulesSchema = v.pipe(
  v.object({
    type: v.literal('approval'),
    minProjects: v.optional(count, 1),
    maxProjects: v.optional(positive),
  }),
  v.forward(
    v.check((r) => r.maxProjects === undefined || r.maxProjects >= r.minProjects, 'budgeting.rules.maxBelowMin'),
    ['maxProjects'],
  ),
);

/**
 * Knapsack: the chosen projects must fit in the budget; optionally they must spend at least
 * `minShareSpent` of it (0–1), so a voter cannot leave most of the money unspent.
 */
export const KnapsackBallotRulesSchema = v.object({
  type: v.literal('knapsack'),
  minShareSpent: v.optional(v.pipe(v.number('common.invalid'), v.minValue(0, 'common.invalid'), v.maxValue(1, 'common.invalid')), 0),
});

/** Points (cumulative): `totalPoints` to share out, at most `maxPointsPerProject` on one project. */
export const PointsBallotRulesSchema = v.pipe(
  v.object({
    type: v.literal('points'),
    totalPoints: positive,
    maxPointsPerProject: v.optional(positive),
  }),
  v.forward(
    v.check((r) => r.maxPointsPerProject === undefined || r.maxPointsPerProject <= r.totalPoints, 'budgeting.rules.maxPointsAboveTotal'),
    ['maxPointsPerProject'],
  ),
);

export const BallotRulesSchema = v.variant('type', [ApprovalBallotRulesSchema, KnapsackBallotRulesSchema, PointsBallotRulesSchema]);
export type BallotRules = v.InferOutput<typeof BallotRulesSchema>;

export const WinnerRuleSchema = v.picklist(['greedy', 'mes', 'phragmen'], 'common.invalid');
export const UtilitySchema = v.picklist(['cost', 'approval', 'points'], 'common.invalid');
export const CompletionSchema = v.picklist(['none', 'add1', 'add1-exhaustive', 'add1-greedy'], 'common.invalid');
export const TieBreakCriterionSchema = v.picklist(['lowest-cost', 'most-votes', 'lot'], 'common.invalid');

export const TieBreakingSchema = v.pipe(
  v.object({
    order: v.pipe(v.array(TieBreakCriterionSchema), v.minLength(1, 'common.invalid')),
    /** The lot drawn in advance: every project id once, in the drawn order. */
    lot: v.optional(v.array(ProjectIdSchema)),
  }),
  v.forward(
    v.check((t) => new Set(t.order).size === t.order.length, 'budgeting.rules.tieBreaking.repeated'),
    ['order'],
  ),
);

export const BudgetRulesSchema = v.pipe(
  v.object({
    budget: v.pipe(MoneySchema, v.minValue(1, 'common.invalid')),
    projects: v.pipe(v.array(BallotProjectSchema), v.minLength(1, 'budgeting.rules.projects.required')),
    ballot: BallotRulesSchema,
    winnerRule: WinnerRuleSchema,
    utility: v.optional(UtilitySchema, 'cost'),
    completion: v.optional(CompletionSchema, 'none'),
    tieBreaking: v.optional(TieBreakingSchema, { order: ['lowest-cost', 'most-votes', 'lot'] }),
  }),
  v.forward(
    v.check((r) => new Set(r.projects.map((p) => p.id)).size === r.projects.length, 'budgeting.rules.projects.duplicate'),
    ['projects'],
  ),
  v.forward(
    v.check(
      (r) => !r.tieBreaking.lot || sameSet(r.tieBreaking.lot, r.projects.map((p) => p.id)),
      'budgeting.rules.tieBreaking.lot',
    ),
    ['tieBreaking', 'lot'],
  ),
  v.forward(
    v.check((r) => r.winnerRule !== 'phragmen' || r.completion === 'none', 'budgeting.rules.completion.mesOnly'),
    ['completion'],
  ),
  v.forward(
    v.check((r) => r.winnerRule === 'mes' || r.completion === 'none', 'budgeting.rules.completion.mesOnly'),
    ['completion'],
  ),
);
export type BudgetRules = v.InferOutput<typeof BudgetRulesSchema>;
export type BudgetRulesInput = v.InferInput<typeof BudgetRulesSchema>;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set(a).size === a.length && b.every((id) => a.includes(id));
}
