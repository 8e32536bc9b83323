import * as v from 'valibot';

/** What the ballot widget reads and gets back (issue 7: apart from round.schema.ts, which re-exports them). */

/** The ballot paper of a budget: its frozen rules and the projects with their texts. */
export const BallotPaperSchema = v.object({
  budget: v.string(),
  rules: v.looseObject({ budget: v.number(), projects: v.array(v.object({ id: v.string(), cost: v.number() })) }),
  randomOrder: v.boolean(),
  projects: v.array(v.object({ id: v.string(), cost: v.number(), title: v.string(), description: v.string(), lang: v.string() })),
});
export type BallotPaper = v.InferOutput<typeof BallotPaperSchema>;

/** The answer to a cast ballot: its receipt code. */
export const BallotReceiptSchema = v.object({ receipt: v.string(), budget: v.string() });
export type BallotReceipt = v.InferOutput<typeof BallotReceiptSchema>;
