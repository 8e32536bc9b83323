// The survey definition: a JSON document validated by these valibot schemas, the same in the
// staff console, on the server and in the answering widget. The semantic checks the schemas
// cannot express (unique ids, conditions, skip targets) are in survey-definition.check.ts.
import * as v from 'valibot';
import { CANT_SAY_VALUE, OTHER_VALUE } from './survey-wire.js';

/** Every text of a survey in Finnish, Swedish and English; none may be blank. */
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'surveys.definition.textRequired'), v.maxLength(max));
export const SurveyTextSchema = v.object({ fi: text(2000), sv: text(2000), en: text(2000) });
export type SurveyText = v.InferOutput<typeof SurveyTextSchema>;

/**
 * The id of a page, section, question, option row or matrix row. Question ids are the names
 * conditions use, so they are identifiers: a lower-case letter, then letters, digits or `_`.
 */
export const SurveyIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9_]*$/, 'surveys.definition.id'),
  v.maxLength(64, 'surveys.definition.id'),
);

/** An option's value: what an answer stores and a condition compares (`area == 'lusi'`). */
export const OptionValueSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_.+-]+$/, 'surveys.definition.optionValue'),
  v.maxLength(64, 'surveys.definition.optionValue'),
);

export const SurveyOptionSchema = v.object({
  value: OptionValueSchema,
  text: SurveyTextSchema,
  /** Keeps its place when the options are shuffled (e.g. "none of these" last). */
  fixed: v.optional(v.boolean(), false),
  /** Multiple choice: choosing this option excludes every other ("none of these"). */
  exclusive: v.optional(v.boolean(), false),
});
export type SurveyOption = v.InferOutput<typeof SurveyOptionSchema>;

/** A condition in the expression language (docs/adr/0013-survey-expression-language.md). */
export const ConditionSourceSchema = v.pipe(v.string(), v.maxLength(2000));

/** What every question has. */
const questionBase = {
  id: SurveyIdSchema,
  text: SurveyTextSchema,
  /** Help shown under the question. */
  help: v.optional(SurveyTextSchema),
  /** An answer is needed (only while the question is shown). */
  required: v.optional(v.boolean(), false),
  /** Show: the question is asked only when this condition holds. */
  visibleIf: v.optional(ConditionSourceSchema),
  /** Require: an answer is needed when this condition holds (and the question is shown). */
  requiredIf: v.optional(ConditionSourceSchema),
  /** Free labels for analysts and other modules: `indicator`, `help-offer`, `demographic`. */
  tags: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/), v.maxLength(40))), []),
};

/** "Other, please specify": an extra choice with a text field. Its value is `other`. */
export const OtherOptionSchema = v.object({
  text: SurveyTextSchema,
  /** Longest specification (characters). */
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)), 200),
});

/** `other` and `cant_say` (survey-wire.ts, which the results widget reads without this schema). */
export { OTHER_VALUE, CANT_SAY_VALUE };

const options = v.pipe(v.array(SurveyOptionSchema), v.minLength(2, 'surveys.definition.fewOptions'), v.maxLength(200));

export const SingleChoiceQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('single_choice'),
  options,
  other: v.optional(OtherOptionSchema),
  /** Shuffle the options for each respondent (seeded, the same on every visit). */
  randomize: v.optional(v.boolean(), false),
});

export const MultipleChoiceQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('multiple_choice'),
  options,
  other: v.optional(OtherOptionSchema),
  randomize: v.optional(v.boolean(), false),
  /** Fewest and most options chosen (the "other" choice counts as one). */
  minSelected: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  maxSelected: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const DropdownQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('dropdown'),
  options,
  randomize: v.optional(v.boolean(), false),
});

/** A scale of whole numbers with labelled ends, e.g. 1 "very dissatisfied" … 5 "very satisfied". */
export const RatingQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('rating'),
  min: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  max: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(11)),
  minLabel: SurveyTextSchema,
  maxLabel: SurveyTextSchema,
  /** A "can't say" choice beside the scale; its answer is `cant_say`. */
  cantSay: v.optional(SurveyTextSchema),
});

/** The 0–10 recommendation scale ("how likely would you recommend …"), the NPS question. */
export const RecommendationQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('recommendation'),
  minLabel: SurveyTextSchema,
  maxLabel: SurveyTextSchema,
});

/** Rows answered on one scale of labelled columns (e.g. satisfaction with each service). */
export const MatrixQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('matrix'),
  rows: v.pipe(v.array(v.object({ id: SurveyIdSchema, text: SurveyTextSchema })), v.minLength(1), v.maxLength(100)),
  columns: v.pipe(
    v.array(v.object({ value: v.pipe(v.number(), v.integer()), text: SurveyTextSchema })),
    v.minLength(2, 'surveys.definition.fewOptions'),
    v.maxLength(11),
  ),
  cantSay: v.optional(SurveyTextSchema),
  /** Shuffle the rows for each respondent. */
  randomize: v.optional(v.boolean(), false),
});

export const YesNoQuestionSchema = v.object({ ...questionBase, type: v.literal('yes_no') });

export const NumberQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('number'),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  integer: v.optional(v.boolean(), false),
  unit: v.optional(SurveyTextSchema),
});

export const ShortTextQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('short_text'),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 200),
});

export const LongTextQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('long_text'),
  maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20000)), 4000),
});

/** Put options in order. `rankCount` ranks only the first N (top 3 of 8); all when absent. */
export const RankingQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('ranking'),
  options,
  rankCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  randomize: v.optional(v.boolean(), false),
});

/** A text to read, no answer. */
export const InfoBlockSchema = v.object({
  id: SurveyIdSchema,
  type: v.literal('info'),
  text: SurveyTextSchema,
  visibleIf: v.optional(ConditionSourceSchema),
});

export const SurveyQuestionSchema = v.variant('type', [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  DropdownQuestionSchema,
  RatingQuestionSchema,
  RecommendationQuestionSchema,
  MatrixQuestionSchema,
  YesNoQuestionSchema,
  NumberQuestionSchema,
  ShortTextQuestionSchema,
  LongTextQuestionSchema,
  RankingQuestionSchema,
  InfoBlockSchema,
]);
export type SurveyQuestion = v.InferOutput<typeof SurveyQuestionSchema>;
export type SurveyQuestionType = SurveyQuestion['type'];
/** A question that takes an answer (everything but an information block). */
export type AnswerableQuestion = Exclude<SurveyQuestion, { type: 'info' }>;
export type ChoiceQuestion = Extract<SurveyQuestion, { type: 'single_choice' | 'multiple_choice' | 'dropdown' | 'ranking' }>;

export const SurveySectionSchema = v.object({
  id: SurveyIdSchema,
  title: v.optional(SurveyTextSchema),
  description: v.optional(SurveyTextSchema),
  visibleIf: v.optional(ConditionSourceSchema),
  questions: v.pipe(v.array(SurveyQuestionSchema), v.minLength(1), v.maxLength(500)),
});
export type SurveySection = v.InferOutput<typeof SurveySectionSchema>;

/** Skip: after this page, when the condition holds, continue at `to` (a later page, or `end`). */
export const SkipRuleSchema = v.object({
  if: ConditionSourceSchema,
  to: v.union([SurveyIdSchema, v.literal('end')]),
});
export type SkipRule = v.InferOutput<typeof SkipRuleSchema>;

export const SurveyPageSchema = v.object({
  id: SurveyIdSchema,
  title: v.optional(SurveyTextSchema),
  visibleIf: v.optional(ConditionSourceSchema),
  /** Checked in order when leaving the page; the first that holds decides the next page. */
  skip: v.optional(v.array(SkipRuleSchema), []),
  sections: v.pipe(v.array(SurveySectionSchema), v.minLength(1), v.maxLength(100)),
});
export type SurveyPage = v.InferOutput<typeof SurveyPageSchema>;

/** The format identifier of a definition, so that a later format can be told apart. */
export const SURVEY_FORMAT = 'kohtaamo-survey/1';

export const SurveyDefinitionSchema = v.object({
  format: v.literal(SURVEY_FORMAT),
  /** The survey's id: the same for every version (`heinola-resident-survey`). */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/), v.maxLength(80)),
  /**
   * Versions are numbered 1, 2, 3 …; a published version never changes: an edit makes the
   * next version, and every response records the version it answers (survey-version.logic.ts).
   */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: SurveyTextSchema,
  description: v.optional(SurveyTextSchema),
  pages: v.pipe(v.array(SurveyPageSchema), v.minLength(1), v.maxLength(100)),
});
export type SurveyDefinition = v.InferOutput<typeof SurveyDefinitionSchema>;
export type SurveyDefinitionInput = v.InferInput<typeof SurveyDefinitionSchema>;

// The answers' schemas (what the widget sends and the server stores) are survey-answers.schema.ts,
// so that the answering widget's first render, which reads a definition, does not carry them.
export type { AnswerValue, SurveyAnswers } from './survey-answers.schema.js';
