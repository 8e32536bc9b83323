import * as v from 'valibot';

/**
 * The board's page as `<kohtaamo-volunteer-board>` reads it (issue 7, ADR 0090): only what its
 * list and calendar draw. A module of its own: the board's first files carry neither the whole
 * opportunity's schema (contact, supplies, accessibility, roles …, which the sign-up form and the
 * console read) nor any other answer's. The server sends the whole opportunity
 * (`OpportunityListSchema` documents it); what is not named here is dropped when it is read.
 */
const Text = v.object({ fi: v.string(), sv: v.string(), en: v.string() });

/** A shift as the board shows it: when, and its seats. */
export const BoardShiftSchema = v.object({
  id: v.string(),
  startsAt: v.string(),
  endsAt: v.string(),
  status: v.string(),
  capacity: v.number(),
  attending: v.number(),
  held: v.number(),
});

/** An opportunity as the board's list and calendar draw it. */
export const BoardOpportunitySchema = v.object({
  id: v.string(),
  organisationName: v.string(),
  title: Text,
  description: Text,
  themes: v.array(v.string()),
  area: v.string(),
  location: v.object({ name: v.string() }),
  source: v.string(),
  externalUrl: v.optional(v.string()),
  startsAt: v.nullable(v.string()),
  endsAt: v.nullable(v.string()),
  shifts: v.array(BoardShiftSchema),
});
export type BoardOpportunity = v.InferOutput<typeof BoardOpportunitySchema>;

/** One page of the board: `next` is the cursor of the page after it, null on the last page (ADR 0081). */
export const BoardPageSchema = v.object({ items: v.array(BoardOpportunitySchema), next: v.nullable(v.string()) });
