import * as v from 'valibot';

/**
 * A proposal as a row of the proposals list (`<kohtaamo-budget-proposals>`): what the row draws
 * (title, status, area or theme, the cost shown) and nothing else, so the list's first view does
 * not carry the whole proposal's schema (its location, review and implementation; issue 7,
 * ADR 0089). The server answers the whole proposal; valibot drops the fields not named here.
 */

export const PROPOSAL_STATUSES = ['submitted', 'feasible', 'rejected', 'merged'] as const;
export const ProposalStatusSchema = v.picklist(PROPOSAL_STATUSES, 'common.invalid');

export const ProposalRowSchema = v.object({
  id: v.string(),
  budget: v.string(),
  title: v.string(),
  lang: v.string(),
  estimatedCost: v.number(),
  status: ProposalStatusSchema,
  /** The city's cost estimate, once reviewed: the cost the row shows. */
  review: v.nullable(v.object({ costEstimate: v.nullable(v.number()) })),
});
export type ProposalRow = v.InferOutput<typeof ProposalRowSchema>;
export const ProposalRowListSchema = v.object({ items: v.array(ProposalRowSchema), total: v.number(), next: v.nullable(v.string()) });
