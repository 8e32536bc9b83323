import * as v from 'valibot';

/**
 * What `<kohtaamo-budget-ballot>` reads, and only what it draws and decides on (issue 7, ADR 0106;
 * the pattern of ADRs 0089, 0103 and 0105). Only the ballot imports this module, so its schemas
 * are in the ballot's own file instead of three small files shared with other widgets
 * (`RoundViewSchema`, `LocalizedTextSchema`, `BallotPaperSchema` with the receipt's schema).
 * The server's answers are the whole schemas' (`RoundSchema`, `BallotPaperSchema`); a test holds
 * these to them. Unknown fields are dropped.
 */

/** The rounds' path, a copy of `BUDGETING_PATHS.rounds` (its test holds them equal). */
export const BALLOT_ROUNDS_PATH = '/api/v1/budgeting/rounds';

/** A text in Finnish, Swedish and English (as `LocalizedTextSchema`). */
const text = v.object({ fi: v.string(), sv: v.string(), en: v.string() });

/** The round as the ballot draws it: its title, whether voting is open, where one votes, the areas' names and money. */
export const BallotRoundReadSchema = v.object({
  title: text,
  phase: v.string(),
  voterMayVoteIn: v.string(),
  budgets: v.array(v.object({ id: v.string(), name: text, amount: v.number() })),
});
export type BallotRoundRead = v.InferOutput<typeof BallotRoundReadSchema>;

/** The ballot paper as the ballot draws it: the frozen rules (as `BallotPaperSchema` reads them), the order, the projects. */
export const BallotPaperReadSchema = v.object({
  rules: v.looseObject({ budget: v.number(), projects: v.array(v.object({ id: v.string(), cost: v.number() })) }),
  randomOrder: v.boolean(),
  projects: v.array(v.object({ id: v.string(), cost: v.number(), title: v.string(), description: v.string(), lang: v.string() })),
});
export type BallotPaperRead = v.InferOutput<typeof BallotPaperReadSchema>;
