import * as v from 'valibot';

/** The published results of a round (open data); read loosely, the server's document is the reference. */
export const RoundResultsSchema = v.looseObject({
  round: v.string(),
  ballots: v.number(),
  receipts: v.object({ count: v.number(), sha256: v.string() }),
  budgets: v.array(v.looseObject({ budget: v.string(), winners: v.array(v.string()), totalCost: v.number(), projects: v.array(v.looseObject({ id: v.string(), won: v.boolean() })) })),
});
export type RoundResults = v.InferOutput<typeof RoundResultsSchema>;
