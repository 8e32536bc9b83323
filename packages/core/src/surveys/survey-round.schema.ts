// The contract of the surveys API (issue 10): rounds of a survey version, responses in their
// modes (open web, invitation token, interviewer, vendor import), drafts with resume codes,
// help offers kept apart from answers, population margins and the aggregated results. The same
// schemas check the console's forms, the server's requests and the answers the widgets read.
// docs/adr/0024-survey-responses-anonymity-and-modes.md explains the anonymity model.
import * as v from 'valibot';
import { crockfordCodes } from '../codes/crockford.js';
import { LOCALES } from '../i18n/locale.js';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';
import { SurveyModeSchema } from './survey-round.read.schema.js';
import { SurveyAnswersSchema } from './survey-answers.schema.js';
import { SurveyDefinitionSchema } from './survey.schema.js';

export {
  SURVEYS_PATHS,
  SURVEY_MODES,
  SurveyModeSchema,
  sampleOfMode,
  SurveyRoundStatusSchema,
  SurveyRoundSchema,
  type SurveyMode,
  type SurveyRoundStatus,
  type SurveyRound,
} from './survey-round.read.schema.js';
export { SurveyRoundPaperSchema, type SurveyRoundPaper } from './survey-paper.read.schema.js';

export const SURVEYS_PROBLEM_TYPES = {
  /** The round is not open (not yet, or closed), or does not take this mode. */
  roundClosed: 'https://kohtaamo.fi/problems/surveys/round-closed',
  /** The invitation token is unknown, of another round, or used already. */
  tokenInvalid: 'https://kohtaamo.fi/problems/surveys/token-invalid',
  /** The vendor's respondent id has a response in this round already. */
  duplicateRespondent: 'https://kohtaamo.fi/problems/surveys/duplicate-respondent',
  /** Some rows of a vendor file were rejected; nothing was saved. */
  importRejected: 'https://kohtaamo.fi/problems/surveys/import-rejected',
  /** A published version cannot change: save the next version. */
  versionFrozen: 'https://kohtaamo.fi/problems/surveys/version-frozen',
  /** Another moderator changed a free text since the caller listed it; nothing was saved. */
  moderationConflict: 'https://kohtaamo.fi/problems/surveys/moderation-conflict',
} as const;

/** Single-use invitation tokens and resume codes: 60 random bits, "XXXX-XXXX-XXXX-C". */
const codes12 = /* @__PURE__ */ crockfordCodes(12);
export const SURVEY_CODE_PATTERN = codes12.pattern;
export const generateSurveyCode = (randomBytes?: (array: Uint8Array) => Uint8Array): string => codes12.generate(randomBytes);
export const normalizeSurveyCode = (input: string): string | null => codes12.normalize(input);

const slug = v.pipe(
  v.string('common.invalid'),
  v.trim(),
  v.nonEmpty('common.required'),
  v.maxLength(80, 'common.tooLong'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'common.invalid'),
);
export const SurveyIdParamSchema = slug;
export const SurveyRoundIdSchema = slug;
const instant = v.pipe(v.string('common.invalid'), v.isoTimestamp('common.invalid'));
const text = (max: number, min = 1) => v.pipe(v.string('common.required'), v.trim(), v.minLength(min, 'common.required'), v.maxLength(max, 'common.tooLong'));
const lang = v.picklist(LOCALES, 'common.invalid');
const code = v.pipe(v.string('common.required'), v.maxLength(40, 'common.tooLong'));

export const SurveyCreateSchema = v.object({ definition: SurveyDefinitionSchema });

export const SurveyRoundInputSchema = v.object({
  id: SurveyRoundIdSchema,
  /** The survey version this round asks; a round never changes version. */
  version: v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(1, 'common.invalid')),
  title: LocalizedTextSchema,
  /** The modes the round takes (at least one). */
  modes: v.pipe(v.array(SurveyModeSchema), v.minLength(1, 'common.required'), v.maxLength(4)),
  /** Open web: one response per browser (the widget keeps a marker), or many (a shared kiosk). */
  webLimit: v.optional(v.picklist(['one-per-browser', 'many'], 'common.invalid'), 'one-per-browser'),
  /** The year the round measures (indicators, comparison with earlier years). */
  year: v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(2000, 'common.invalid'), v.maxValue(2100, 'common.invalid')),
  closesAt: v.optional(instant),
});
export type SurveyRoundInput = v.InferInput<typeof SurveyRoundInputSchema>;

export const SurveyResponseSubmissionSchema = v.object({
  lang,
  answers: SurveyAnswersSchema,
  /** An invitation token (invitation mode); without it the response is an open web one. */
  token: v.optional(code),
  /** The resume code of the server draft this response finishes (the draft is deleted). */
  resumeCode: v.optional(code),
});
export type SurveyResponseSubmission = v.InferOutput<typeof SurveyResponseSubmissionSchema>;

/** The server's receipt: nothing that identifies the response. */
export const SurveyResponseReceiptSchema = v.object({ status: v.literal('received'), mode: SurveyModeSchema, round: v.string() });
export type SurveyResponseReceipt = v.InferOutput<typeof SurveyResponseReceiptSchema>;

export const SurveyDraftSaveSchema = v.object({
  answers: SurveyAnswersSchema,
  page: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Save over this draft (its resume code); a new code otherwise. */
  resumeCode: v.optional(code),
});
export const SurveyDraftResumeSchema = v.object({ resumeCode: code });
export const SurveyDraftSchema = v.object({
  resumeCode: v.string(),
  answers: SurveyAnswersSchema,
  page: v.nullable(v.string()),
  expiresAt: v.string(),
});
export type SurveyDraft = v.InferOutput<typeof SurveyDraftSchema>;
/** What saving a draft answers: its resume code and when it expires (not the answers again). */
export const SurveyDraftSavedSchema = v.object({ resumeCode: v.string(), expiresAt: v.string() });
export type SurveyDraftSaved = v.InferOutput<typeof SurveyDraftSavedSchema>;

/** "I could…": an offer of help with consent and contact details, stored apart from the answers. */
export const SurveyHelpOfferSchema = v.pipe(
  v.object({
    lang,
    text: text(4000),
    name: text(200),
    email: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.maxLength(254, 'common.tooLong'), v.email('surveys.help.emailInvalid'))])),
    phone: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.maxLength(40, 'common.tooLong'), v.regex(/^\+?[0-9 ()-]{5,}$/, 'surveys.help.phoneInvalid'))])),
    /** The person agrees that the city contacts them about the offer. */
    consent: v.literal(true, 'surveys.help.consent'),
  }),
  v.forward(
    v.check((o) => Boolean(o.email) || Boolean(o.phone), 'surveys.help.contact'),
    ['email'],
  ),
);
export type SurveyHelpOffer = v.InferInput<typeof SurveyHelpOfferSchema>;

export const SurveyTokenRequestSchema = v.object({ count: v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(1, 'common.invalid'), v.maxValue(10_000, 'common.invalid')) });

/** Interviewer mode: the vendor's respondent id, the answers (demographics among them). */
export const SurveyInterviewSchema = v.object({
  respondentId: v.pipe(v.string('common.required'), v.trim(), v.nonEmpty('common.required'), v.maxLength(64, 'common.tooLong'), v.regex(/^[A-Za-z0-9_.:-]+$/, 'common.invalid')),
  lang,
  answers: SurveyAnswersSchema,
});
export type SurveyInterview = v.InferOutput<typeof SurveyInterviewSchema>;

/** How one question is read from a vendor's columns. */
export const QuestionMappingSchema = v.object({
  /** The column of a one-column answer. */
  column: v.optional(v.string()),
  /** Matrix: row id → column. */
  rows: v.optional(v.record(v.string(), v.string())),
  /** Multiple choice as 0/1 columns: option value → column. */
  options: v.optional(v.record(v.string(), v.string())),
  /** Vendor code → answer value (null: no answer). Unmapped codes are taken as they are. */
  codes: v.optional(v.record(v.string(), v.nullable(v.union([v.string(), v.number(), v.boolean()])))),
  /** Multiple choice or ranking in one column: the separator (";" by default). */
  separator: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(3))),
});
export type QuestionMapping = v.InferOutput<typeof QuestionMappingSchema>;

export const SurveyImportMappingSchema = v.object({
  /** The column of the vendor's respondent id. */
  respondentId: v.pipe(v.string('common.required'), v.nonEmpty('common.required')),
  /** The column of the interview language (fi/sv/en); `fi` when absent. */
  lang: v.optional(v.string()),
  questions: v.record(v.string(), QuestionMappingSchema),
});
export type SurveyImportMapping = v.InferOutput<typeof SurveyImportMappingSchema>;

export const SurveyImportSchema = v.object({
  mapping: SurveyImportMappingSchema,
  csv: v.pipe(v.string('common.required'), v.nonEmpty('common.required'), v.maxLength(8_000_000, 'common.tooLong')),
  /** Check only; save nothing. */
  dryRun: v.optional(v.boolean(), false),
});

