import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';

/**
 * A round as the resident widgets that show it read it (the ballot, the proposals): only what they
 * draw and decide on, as plain strings (issue 7). The whole `RoundSchema` (round.read.schema.ts)
 * checks every phase date and their order, which is the server's and the console's concern; these
 * widgets show two dates and compare the phase with one value. Unknown fields are dropped.
 */
export const RoundViewSchema = v.object({
  id: v.string(),
  title: LocalizedTextSchema,
  phase: v.string(),
  voterMayVoteIn: v.string(),
  schedule: v.object({ proposalsOpenAt: v.string(), proposalsCloseAt: v.string() }),
  budgets: v.array(v.object({ id: v.string(), kind: v.string(), name: LocalizedTextSchema, amount: v.number() })),
});
export type RoundView = v.InferOutput<typeof RoundViewSchema>;
