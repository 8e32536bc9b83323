// Free-text answers after moderation (issue 10): every free text of a response (a short or long
// text question, or the "other, please specify" text of a choice) is kept for moderation with
// its own random id, never the response's, so that published texts cannot be joined to each
// other or to a respondent's other answers. A text is `pending` until a moderator publishes or
// hides it; only `published` texts are ever served publicly. docs/adr/0033-survey-moderation-and-indicators.md.
import * as v from 'valibot';

export const SURVEY_TEXT_STATES = ['pending', 'published', 'hidden'] as const;
export const SurveyTextStateSchema = v.picklist(SURVEY_TEXT_STATES, 'common.invalid');
export type SurveyTextState = v.InferOutput<typeof SurveyTextStateSchema>;

const textId = v.pipe(v.string('common.required'), v.regex(/^[0-9a-f]{32}$/, 'common.invalid'));

/** One moderation decision: the text, its new state, and (optional) the version the moderator saw. */
export const SurveyTextModerationItemSchema = v.object({
  id: textId,
  state: SurveyTextStateSchema,
  /** The text's version as listed; when given and another moderator changed it since, nothing is saved (409). */
  version: v.optional(v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(1, 'common.invalid'))),
});
/** Moderate one text or many at once (all or none). */
export const SurveyTextModerationSchema = v.object({
  items: v.pipe(v.array(SurveyTextModerationItemSchema), v.minLength(1, 'common.required'), v.maxLength(200, 'common.tooLong')),
});
export type SurveyTextModeration = v.InferInput<typeof SurveyTextModerationSchema>;

/** A free text as a moderator sees it. */
export const SurveyStaffTextSchema = v.object({
  id: v.string(),
  /** The question id; `<question>.other` for an "other, please specify" text. */
  question: v.string(),
  lang: v.string(),
  /** sample (invitation, interview, import) or open (the open web). */
  group: v.picklist(['sample', 'open']),
  text: v.string(),
  state: SurveyTextStateSchema,
  version: v.number(),
  receivedOn: v.string(),
  moderatedOn: v.nullable(v.string()),
});
export type SurveyStaffText = v.InferOutput<typeof SurveyStaffTextSchema>;

export const SurveyStaffTextListSchema = v.object({
  items: v.array(SurveyStaffTextSchema),
  /** How many texts of the round (of the question, when filtered) are in each state. */
  counts: v.object({ pending: v.number(), published: v.number(), hidden: v.number() }),
  /** Pass as `after` for the next page; null on the last. */
  next: v.nullable(v.string()),
});
export type SurveyStaffTextList = v.InferOutput<typeof SurveyStaffTextListSchema>;

/** A published free text, as anyone may read it: no response id, no date. */
export const SurveyPublishedTextSchema = v.object({ id: v.string(), question: v.string(), lang: v.string(), group: v.picklist(['sample', 'open']), text: v.string() });
export const SurveyPublishedTextsSchema = v.object({ round: v.string(), year: v.number(), items: v.array(SurveyPublishedTextSchema) });
export type SurveyPublishedTexts = v.InferOutput<typeof SurveyPublishedTextsSchema>;
