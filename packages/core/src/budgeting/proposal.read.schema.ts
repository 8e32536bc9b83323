import * as v from 'valibot';
import { ProposalStatusSchema } from './proposal-row.schema.js';

/** Proposals as the widgets read them, apart from what residents and officers send (round.schema.ts re-exports these; issue 7). */

// The statuses and the list's row are their own module, so the list's first view reads without this one.
export * from './proposal-row.schema.js';

export const IMPLEMENTATION_STATUSES = ['not-started', 'planning', 'in-progress', 'done', 'cancelled'] as const;
export const ImplementationStatusSchema = v.picklist(IMPLEMENTATION_STATUSES, 'common.invalid');

export const ProposalSchema = v.object({
  id: v.string(),
  round: v.string(),
  budget: v.string(),
  title: v.string(),
  description: v.string(),
  lang: v.string(),
  estimatedCost: v.number(),
  location: v.nullable(v.object({ address: v.nullable(v.string()), lat: v.nullable(v.number()), lon: v.nullable(v.number()) })),
  status: ProposalStatusSchema,
  review: v.nullable(
    v.object({
      feasible: v.boolean(),
      /** The city's cost estimate: the cost on the ballot. */
      costEstimate: v.nullable(v.number()),
      /** Why it was rejected or merged, in public. */
      publicReason: v.nullable(v.string()),
      mergedInto: v.nullable(v.string()),
      reviewedAt: v.string(),
    }),
  ),
  implementation: v.nullable(v.object({ status: ImplementationStatusSchema, progress: v.number(), note: v.nullable(v.string()), updatedAt: v.string() })),
  submittedAt: v.string(),
});
export type Proposal = v.InferOutput<typeof ProposalSchema>;
export const ProposalListSchema = v.object({ items: v.array(ProposalSchema), total: v.number(), next: v.nullable(v.string()) });
