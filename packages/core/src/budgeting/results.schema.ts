import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';

/** The published results of a round (open data); read loosely, the server's document is the reference. */
export const RoundResultsSchema = v.looseObject({
  round: v.string(),
  ballots: v.number(),
  receipts: v.object({ count: v.number(), sha256: v.string() }),
  budgets: v.array(v.looseObject({ budget: v.string(), winners: v.array(v.string()), totalCost: v.number(), projects: v.array(v.looseObject({ id: v.string(), won: v.boolean() })) })),
});
export type RoundResults = v.InferOutput<typeof RoundResultsSchema>;

/**
 * What the results widget reads of a round: its title and its budgets' names, read loosely like
 * the results. The round's whole schema (its schedule check, phases) is for the widgets that act
 * on them; here it put a chunk and the round request's helper on the results' cold page (issue 7).
 */
export const RoundNamesSchema = v.looseObject({
  title: LocalizedTextSchema,
  budgets: v.array(v.looseObject({ id: v.string(), name: LocalizedTextSchema })),
});
export type RoundNames = v.InferOutput<typeof RoundNamesSchema>;
