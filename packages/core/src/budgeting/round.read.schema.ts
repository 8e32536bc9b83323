import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';

/**
 * A round as the widgets read it (GET /rounds/:id), apart from the schemas of what officers and
 * residents send (round.schema.ts re-exports these): rollup puts a module in one chunk, so a
 * resident widget that reads a round carried every input schema of the console (issue 7).
 */

const instant = v.pipe(v.string('common.invalid'), v.isoTimestamp('common.invalid'));

export const BudgetingPhaseSchema = v.picklist(['upcoming', 'proposals', 'review', 'voting', 'counting', 'results', 'implementation']);
export type BudgetingPhase = v.InferOutput<typeof BudgetingPhaseSchema>;

/** The phase dates of a round: proposals, review (between), voting, results, implementation. */
export const RoundScheduleSchema = v.pipe(
  v.object({
    proposalsOpenAt: instant,
    proposalsCloseAt: instant,
    votingOpenAt: instant,
    votingCloseAt: instant,
    resultsAt: instant,
    implementationAt: instant,
  }),
  v.forward(
    v.check(
      (s) =>
        s.proposalsOpenAt < s.proposalsCloseAt &&
        s.proposalsCloseAt <= s.votingOpenAt &&
        s.votingOpenAt < s.votingCloseAt &&
        s.votingCloseAt <= s.resultsAt &&
        s.resultsAt <= s.implementationAt,
      'budgeting.round.scheduleOrder',
    ),
    ['votingOpenAt'],
  ),
);
export type RoundSchedule = v.InferOutput<typeof RoundScheduleSchema>;

/** Which budgets a voter may vote in: one of the round's budgets, or each of them. */
export const VoterMayVoteInSchema = v.picklist(['one', 'all'], 'common.invalid');

export const BudgetSchema = v.object({
  id: v.string(),
  kind: v.string(),
  name: LocalizedTextSchema,
  amount: v.number(),
  /** Whether its rules are set (they are frozen once voting opens). */
  rulesSet: v.boolean(),
});
export type Budget = v.InferOutput<typeof BudgetSchema>;

export const RoundSchema = v.object({
  id: v.string(),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  schedule: RoundScheduleSchema,
  phase: BudgetingPhaseSchema,
  voterMayVoteIn: VoterMayVoteInSchema,
  /** When an officer closed the vote (before its date), or null. */
  closedAt: v.nullable(v.string()),
  resultsPublishedAt: v.nullable(v.string()),
  budgets: v.array(BudgetSchema),
});
export type Round = v.InferOutput<typeof RoundSchema>;
export const RoundListSchema = v.object({ items: v.array(RoundSchema) });
