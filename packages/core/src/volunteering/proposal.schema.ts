import * as v from 'valibot';
import { SlugSchema, SupplySchema } from './opportunity.schema.js';

/**
 * A talkoot proposal (as Helsinki's Puistotalkoot): a resident or an association proposes a
 * work party (what, where, when, how many, what supplies the city should bring); the city
 * approves it (it becomes an opportunity) or declines it with a reason.
 */
const text = (max: number, min = 1) =>
  v.pipe(v.string('common.required'), v.trim(), v.minLength(min, 'common.required'), v.maxLength(max, 'common.tooLong'));

export const TalkootProposalSubmissionSchema = v.pipe(
  v.object({
    what: text(160),
    description: text(4000),
    where: text(200),
    area: SlugSchema,
    lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
    lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
    startsAt: v.pipe(v.string('common.required'), v.isoTimestamp('common.invalid')),
    endsAt: v.pipe(v.string('common.required'), v.isoTimestamp('common.invalid')),
    expectedPeople: v.pipe(v.number('common.required'), v.integer('common.invalid'), v.minValue(1, 'volunteering.number.tooSmall'), v.maxValue(1000, 'volunteering.number.tooLarge')),
    supplies: v.optional(v.pipe(v.array(SupplySchema), v.maxLength(30, 'common.tooLong')), []),
    /** Who proposes: a resident, or an association's coordinator. */
    proposerName: text(120),
    proposerEmail: v.pipe(v.string('common.required'), v.trim(), v.nonEmpty('common.required'), v.email('volunteering.email.invalid')),
    organisationName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(160, 'common.tooLong')), ''),
    lang: v.optional(v.picklist(['fi', 'sv', 'en']), 'fi'),
  }),
  v.forward(v.check((p) => Date.parse(p.endsAt) > Date.parse(p.startsAt), 'volunteering.shift.endBeforeStart'), ['endsAt']),
);
export type TalkootProposalSubmission = v.InferInput<typeof TalkootProposalSubmissionSchema>;
export type TalkootProposalFields = v.InferOutput<typeof TalkootProposalSubmissionSchema>;

export const TalkootProposalStatusSchema = v.picklist(['proposed', 'approved', 'declined']);

export const TalkootDecisionSchema = v.variant('decision', [
  v.object({ decision: v.literal('approve'), capacity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))) }),
  v.object({ decision: v.literal('decline'), reason: text(1000) }),
]);
export type TalkootDecision = v.InferOutput<typeof TalkootDecisionSchema>;

/** The city's decision on a proposal, named in the body: deciding needs a grant of the whole domain, not of one opportunity. */
export const TalkootDecisionRequestSchema = v.object({ proposal: v.pipe(v.string('common.required'), v.maxLength(64, 'common.invalid')), decision: TalkootDecisionSchema });

export const TalkootProposalSchema = v.object({
  id: v.string(),
  status: TalkootProposalStatusSchema,
  what: v.string(),
  description: v.string(),
  where: v.string(),
  area: v.string(),
  startsAt: v.string(),
  endsAt: v.string(),
  expectedPeople: v.number(),
  supplies: v.array(v.object({ item: v.string(), quantity: v.optional(v.number()) })),
  organisationName: v.string(),
  declineReason: v.nullable(v.string()),
  opportunityId: v.nullable(v.string()),
  createdAt: v.string(),
});
export type TalkootProposal = v.InferOutput<typeof TalkootProposalSchema>;
