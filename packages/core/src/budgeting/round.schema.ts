import * as v from 'valibot';
import { LOCALES } from '../i18n/locale.js';
import { BallotChoiceSchema } from './ballot.schema.js';
import { BallotRulesSchema, CompletionSchema, MoneySchema, TieBreakingSchema, UtilitySchema, WinnerRuleSchema } from './rules.schema.js';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';
import { RoundScheduleSchema, VoterMayVoteInSchema } from './round.read.schema.js';
import { ProposalSchema, ProposalStatusSchema, ImplementationStatusSchema } from './proposal.read.schema.js';

// What the widgets read lives in small modules of its own (issue 7: rollup puts a module in one
// chunk, so a resident widget carried every schema here); re-exported so this stays the contract.
export { BUDGETING_PATHS, BUDGETING_PROBLEM_TYPES } from './budgeting.paths.js';
export * from './round.read.schema.js';
export * from './proposal.read.schema.js';
export * from './ballot-paper.schema.js';
export * from './round-view.schema.js';
export { ReceiptStatusSchema } from './receipt-status.schema.js';

/**
 * The contract of the budgeting module's API (issue 9): a round with its phases and budgets,
 * the proposals residents send, the city's review, the rules frozen when voting opens, the
 * ballot as cast with its eligibility proof, and the published results. The same schemas
 * check the console's forms, the server's requests and the answers the widgets read.
 */

const slug = v.pipe(
  v.string('common.invalid'),
  v.trim(),
  v.nonEmpty('common.required'),
  v.maxLength(64, 'common.tooLong'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'common.invalid'),
);
export const RoundIdSchema = slug;
export const BudgetIdSchema = slug;
/** Proposal ids are the project ids of the ballot and of the `.pb` file. */
export const ProposalIdSchema = v.pipe(v.string('common.invalid'), v.regex(/^p[0-9a-z]{8,16}$/, 'common.invalid'));

const text = (max: number, min = 1) =>
  v.pipe(v.string('common.required'), v.trim(), v.minLength(min, 'common.required'), v.maxLength(max, 'common.tooLong'));
const localized = (max: number) => v.object({ fi: text(max), sv: text(max), en: text(max) });

export const RoundInputSchema = v.object({
  id: RoundIdSchema,
  title: localized(200),
  description: v.optional(LocalizedTextSchema, { fi: '', sv: '', en: '' }),
  schedule: RoundScheduleSchema,
  voterMayVoteIn: v.optional(VoterMayVoteInSchema, 'one'),
});
export type RoundInput = v.InferOutput<typeof RoundInputSchema>;

/** What an officer may change in a round: texts at any time; the schedule and the voter rule only before voting opens. */
export const RoundUpdateSchema = v.object({
  title: v.optional(localized(200)),
  description: v.optional(LocalizedTextSchema),
  schedule: v.optional(RoundScheduleSchema),
  voterMayVoteIn: v.optional(VoterMayVoteInSchema),
});
export type RoundUpdate = v.InferOutput<typeof RoundUpdateSchema>;

export const BudgetInputSchema = v.object({
  id: BudgetIdSchema,
  kind: v.picklist(['area', 'theme'], 'common.invalid'),
  name: localized(200),
  amount: v.pipe(MoneySchema, v.minValue(1, 'common.invalid')),
});
export type BudgetInput = v.InferOutput<typeof BudgetInputSchema>;

const latitude = v.pipe(v.number('common.invalid'), v.minValue(-90, 'common.invalid'), v.maxValue(90, 'common.invalid'));
const longitude = v.pipe(v.number('common.invalid'), v.minValue(-180, 'common.invalid'), v.maxValue(180, 'common.invalid'));

/** What a resident sends in the proposal phase. */
export const ProposalSubmissionSchema = v.object({
  budget: BudgetIdSchema,
  title: text(120, 5),
  description: text(5000, 20),
  estimatedCost: v.pipe(MoneySchema, v.minValue(1, 'budgeting.proposal.cost')),
  location: v.optional(
    v.object({
      address: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'common.tooLong'))),
      lat: v.optional(latitude),
      lon: v.optional(longitude),
    }),
  ),
  lang: v.optional(v.picklist(LOCALES, 'common.invalid'), 'fi'),
  /** An image uploaded to …/proposal-images, with the text that says what it shows to those who cannot see it. */
  image: v.optional(
    v.object({
      id: v.pipe(v.string('budgeting.image.unknown'), v.uuid('budgeting.image.unknown')),
      alt: v.pipe(v.string('budgeting.image.alt'), v.trim(), v.minLength(1, 'budgeting.image.alt'), v.maxLength(300, 'common.tooLong')),
    }),
  ),
});
export type ProposalSubmission = v.InferOutput<typeof ProposalSubmissionSchema>;

/**
 * A proposal as the API answers it: what the list widget reads (ProposalSchema, kept small for
 * its first view: issue 7) and the proposer's image, its path on the server (metadata stripped)
 * with the text alternative the proposer wrote.
 */
export const ProposalDocumentSchema = v.object({ ...ProposalSchema.entries, image: v.nullable(v.object({ url: v.string(), alt: v.string() })) });
export type ProposalDocument = v.InferOutput<typeof ProposalDocumentSchema>;
/** A page of proposals: `total` of the filters, `next` the cursor of the page after (null on the last). */
export const ProposalDocumentListSchema = v.object({ items: v.array(ProposalDocumentSchema), total: v.number(), next: v.nullable(v.string()) });

/** The largest proposal image the server takes by default, in bytes (5 MB, as feedback photos). */
export const PROPOSAL_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** The answer to an image upload: its id goes into the proposal's `image`. */
export const ProposalImageUploadSchema = v.object({
  id: v.string(),
  contentType: v.picklist(['image/jpeg', 'image/png', 'image/webp']),
  byteSize: v.number(),
});
export type ProposalImageUpload = v.InferOutput<typeof ProposalImageUploadSchema>;

export const ProposalQuerySchema = v.object({
  budget: v.optional(BudgetIdSchema),
  status: v.optional(ProposalStatusSchema),
  maxCost: v.optional(v.pipe(v.string(), v.regex(/^\d{1,12}$/, 'common.invalid'), v.transform(Number))),
  /** The `next` of the page before (keyset paging, ADR 0107); none for the first page. */
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,400}$/, 'common.invalid'))),
  pageSize: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'common.invalid'), v.transform(Number), v.minValue(1, 'common.invalid'), v.maxValue(100, 'common.invalid')), '50'),
});

/** The city's review of a proposal. */
export const ProposalReviewSchema = v.pipe(
  v.object({
    decision: v.picklist(['feasible', 'rejected', 'merged'], 'common.invalid'),
    costEstimate: v.optional(v.pipe(MoneySchema, v.minValue(1, 'common.invalid'))),
    publicReason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000, 'common.tooLong'))),
    mergedInto: v.optional(ProposalIdSchema),
  }),
  v.forward(v.check((r) => r.decision !== 'feasible' || r.costEstimate !== undefined, 'budgeting.review.costRequired'), ['costEstimate']),
  v.forward(v.check((r) => r.decision === 'feasible' || (r.publicReason ?? '').length > 0, 'budgeting.review.reasonRequired'), ['publicReason']),
  v.forward(v.check((r) => r.decision !== 'merged' || r.mergedInto !== undefined, 'budgeting.review.mergedIntoRequired'), ['mergedInto']),
);
export type ProposalReview = v.InferOutput<typeof ProposalReviewSchema>;

/**
 * The rules an officer sets for a budget; the projects and the money come from the budget and
 * its feasible proposals (with the city's cost estimates). Frozen when voting opens.
 */
export const RulesSettingSchema = v.object({
  ballot: BallotRulesSchema,
  winnerRule: WinnerRuleSchema,
  utility: v.optional(UtilitySchema, 'cost'),
  completion: v.optional(CompletionSchema, 'none'),
  tieBreaking: v.optional(TieBreakingSchema, { order: ['lowest-cost', 'most-votes', 'lot'] }),
  /** Show the projects in a random order per voter. */
  randomOrder: v.optional(v.boolean(), true),
});
export type RulesSetting = v.InferOutput<typeof RulesSettingSchema>;

/** How a voter proves they may vote: a single-use voting code, or a signed identity token. */
export const VoterCredentialSchema = v.union([
  v.object({ code: v.pipe(v.string('common.required'), v.trim(), v.minLength(8, 'budgeting.voter.code'), v.maxLength(40, 'budgeting.voter.code')) }),
  v.object({ token: v.pipe(v.string('common.required'), v.maxLength(4096, 'common.tooLong')) }),
]);
export type VoterCredential = v.InferOutput<typeof VoterCredentialSchema>;

export const CastBallotSchema = v.object({
  voter: VoterCredentialSchema,
  choices: v.pipe(v.array(BallotChoiceSchema), v.maxLength(1000, 'common.tooLong')),
});
export type CastBallot = v.InferOutput<typeof CastBallotSchema>;

/** An officer enters a ballot for a voter in person: the voter's code, or the identity the officer checked. */
export const AssistedBallotSchema = v.object({
  voter: v.union([
    v.object({ code: v.pipe(v.string('common.required'), v.trim(), v.minLength(8, 'budgeting.voter.code'), v.maxLength(40, 'budgeting.voter.code')) }),
    v.object({ identity: v.pipe(v.string('common.required'), v.trim(), v.minLength(4, 'common.invalid'), v.maxLength(200, 'common.tooLong')) }),
  ]),
  choices: v.pipe(v.array(BallotChoiceSchema), v.maxLength(1000, 'common.tooLong')),
});
export type AssistedBallot = v.InferOutput<typeof AssistedBallotSchema>;

export const VotingCodesRequestSchema = v.object({
  count: v.pipe(v.number('common.invalid'), v.safeInteger('common.invalid'), v.minValue(1, 'common.invalid'), v.maxValue(5000, 'common.invalid')),
});

export const ImplementationUpdateSchema = v.object({
  status: ImplementationStatusSchema,
  progress: v.optional(v.pipe(v.number('common.invalid'), v.safeInteger('common.invalid'), v.minValue(0, 'common.invalid'), v.maxValue(100, 'common.invalid')), 0),
  note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000, 'common.tooLong'))),
});
