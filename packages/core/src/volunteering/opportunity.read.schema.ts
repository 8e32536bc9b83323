import * as v from 'valibot';
import { VOLUNTEER_THEMES } from './areas.js';

/**
 * The volunteering module's answers as the widgets read them (issue 11), apart from the schemas
 * of what coordinators and residents write (opportunity.schema.ts, which re-exports these): rollup
 * keeps a module whole in one chunk, so the board's and the sign-up form's first files carried
 * every input check of the console and the proposal form (issue 7). An answer is read with the
 * shape it has, not with the limits a coordinator's input was checked against when it was written.
 */

// The paths and the problem types are modules of their own (issue 7), re-exported here; the themes are beside the areas (areas.ts).
export { VOLUNTEERING_PATHS } from './volunteering.paths.js';
export { VOLUNTEERING_PROBLEM_TYPES } from './volunteering.problems.js';

export const VolunteerThemeSchema = v.picklist(VOLUNTEER_THEMES, 'common.invalid');
export type VolunteerTheme = v.InferOutput<typeof VolunteerThemeSchema>;

export const OpportunityKindSchema = v.picklist(['talkoot', 'ongoing'], 'common.invalid');
export const OpportunityStatusSchema = v.picklist(['draft', 'published', 'cancelled'], 'common.invalid');

/** A role as the server sends it (ShiftRoleSchema checks what a coordinator writes). */
const ShiftRoleReadSchema = v.object({
  id: v.string(),
  name: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
  minimumAge: v.optional(v.number()),
  criminalRecordCheck: v.optional(v.boolean(), false),
});

export const ShiftSchema = v.object({
  id: v.string(),
  opportunityId: v.string(),
  startsAt: v.string(),
  endsAt: v.string(),
  capacity: v.number(),
  minimumAttendees: v.number(),
  waitingListCapacity: v.number(),
  maxGroupSize: v.number(),
  roles: v.array(ShiftRoleReadSchema),
  status: v.picklist(['open', 'cancelled']),
  /** People attending, waiting and in unexpired holds: counts only. */
  attending: v.number(),
  waiting: v.number(),
  held: v.number(),
});
export type Shift = v.InferOutput<typeof ShiftSchema>;

export const OpportunitySchema = v.object({
  id: v.string(),
  organisation: v.string(),
  organisationName: v.string(),
  kind: OpportunityKindSchema,
  title: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
  description: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
  themes: v.array(v.string()),
  area: v.string(),
  location: v.object({ name: v.string(), address: v.string(), lat: v.optional(v.number()), lon: v.optional(v.number()) }),
  contact: v.object({ name: v.string(), email: v.optional(v.string()), phone: v.optional(v.string()) }),
  whatToBring: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
  supplies: v.array(v.object({ item: v.string(), quantity: v.optional(v.number()) })),
  accessibility: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
  suitability: v.object({ under18: v.boolean(), english: v.boolean(), remote: v.boolean() }),
  status: OpportunityStatusSchema,
  /** Where it comes from: written here, or imported from vapaaehtoistyo.fi (read-only here). */
  source: v.picklist(['local', 'vapaaehtoistyo']),
  externalUrl: v.optional(v.string()),
  /** The earliest start and latest end of its shifts (or of an imported task); null when ongoing without times. */
  startsAt: v.nullable(v.string()),
  endsAt: v.nullable(v.string()),
  shifts: v.array(ShiftSchema),
  updatedAt: v.string(),
});
export type Opportunity = v.InferOutput<typeof OpportunitySchema>;
/**
 * One page of the board (issue 13): soonest first, then those without times; `next` is the
 * cursor of the page after it (`cursor=`), null on the last page. A page may hold fewer than
 * `limit` opportunities while `next` is set: the server reads a bounded number of candidates a
 * request (ADR 0081).
 */
export const OpportunityListSchema = v.object({ items: v.array(OpportunitySchema), next: v.nullable(v.string()) });

/** Board filters: all optional; dates are Helsinki days (YYYY-MM-DD), inclusive. */
export const BoardFilterSchema = v.object({
  organisation: v.optional(v.string()),
  theme: v.optional(VolunteerThemeSchema),
  area: v.optional(v.string()),
  from: v.optional(v.pipe(v.string(), v.isoDate('common.invalid'))),
  to: v.optional(v.pipe(v.string(), v.isoDate('common.invalid'))),
  under18: v.optional(v.picklist(['true'])),
  english: v.optional(v.picklist(['true'])),
  remote: v.optional(v.picklist(['true'])),
});
export type BoardFilter = v.InferOutput<typeof BoardFilterSchema>;
/** The board's query: its filters, a page's size (1–100, default 50) and the cursor of an earlier page's `next`. */
export const BoardQuerySchema = v.object({
  ...BoardFilterSchema.entries,
  limit: v.optional(v.pipe(v.string(), v.regex(/^(100|[1-9][0-9]?)$/, 'common.invalid'))),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,400}$/, 'common.invalid'))),
});
export type BoardQuery = v.InferOutput<typeof BoardQuerySchema>;
