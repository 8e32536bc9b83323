// Strategy indicators from surveys (issue 10): an analyst declares a survey figure, such as the
// share satisfied with services or the recommendation score (NPS), an indicator of the city's
// strategy with a target and the year it should be reached. Its value is computed for every
// round of the survey whose results are published, from the weighted sample only (the open web
// answers have no sampling model), with its 95% interval. ADR 0033.
import * as v from 'valibot';

export const SURVEY_INDICATOR_MEASURES = ['mean', 'share', 'nps'] as const;
export const SurveyIndicatorMeasureSchema = v.picklist(SURVEY_INDICATOR_MEASURES, 'common.invalid');
export type SurveyIndicatorMeasure = v.InferOutput<typeof SurveyIndicatorMeasureSchema>;

const id = v.pipe(v.string('common.required'), v.trim(), v.nonEmpty('common.required'), v.maxLength(80, 'common.tooLong'), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'common.invalid'));
export const SurveyIndicatorIdSchema = id;
const label = v.pipe(v.string('common.required'), v.trim(), v.nonEmpty('common.required'), v.maxLength(200, 'common.tooLong'));

/**
 * An indicator as declared: what it measures and its target.
 * - `mean`: the mean of a rating, recommendation or number question (or a matrix row);
 * - `share`: the share (0–1) whose answer is one of `values` (e.g. ["4", "5"]: satisfied);
 * - `nps`: the recommendation score, % promoters (9–10) − % detractors (0–6), from −100 to 100.
 */
export const SurveyIndicatorInputSchema = v.pipe(
  v.object({
    label: v.object({ fi: label, sv: label, en: label }),
    question: v.pipe(v.string('common.required'), v.nonEmpty('common.required'), v.maxLength(80, 'common.tooLong')),
    /** A matrix question's row. */
    row: v.optional(v.pipe(v.string(), v.nonEmpty('common.required'), v.maxLength(80, 'common.tooLong'))),
    measure: SurveyIndicatorMeasureSchema,
    /** For `share`: the answer values counted (as strings: "4", "true", "certainly"). */
    values: v.optional(v.pipe(v.array(v.pipe(v.string(), v.nonEmpty('common.required'))), v.maxLength(50, 'common.tooLong'))),
    target: v.pipe(v.number('common.invalid'), v.finite('common.invalid')),
    /** The year by which the target should be reached. */
    year: v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(2000, 'common.invalid'), v.maxValue(2100, 'common.invalid')),
    /** Whether a higher value is better (the default) or a lower one. */
    direction: v.optional(v.picklist(['higher', 'lower'], 'common.invalid'), 'higher'),
  }),
  v.forward(
    v.check((i) => i.measure !== 'share' || (i.values !== undefined && i.values.length > 0), 'common.required'),
    ['values'],
  ),
  v.forward(
    v.check((i) => (i.measure === 'share' ? i.target >= 0 && i.target <= 1 : i.measure === 'nps' ? i.target >= -100 && i.target <= 100 : true), 'surveys.indicator.targetRange'),
    ['target'],
  ),
);
export type SurveyIndicatorInput = v.InferInput<typeof SurveyIndicatorInputSchema>;
export type SurveyIndicatorDeclaration = v.InferOutput<typeof SurveyIndicatorInputSchema>;

/** An indicator's value in one round. */
export const SurveyIndicatorValueSchema = v.object({
  round: v.string(),
  year: v.number(),
  estimate: v.number(),
  /** The 95% interval; null when the sample was too small for one. */
  ci95: v.nullable(v.tuple([v.number(), v.number()])),
  /** Sample respondents with an answer. */
  n: v.number(),
  /** Whether the sample was weighted to population margins. */
  weighted: v.boolean(),
});
export type SurveyIndicatorValue = v.InferOutput<typeof SurveyIndicatorValueSchema>;

export const SurveyIndicatorSchema = v.object({
  id: v.string(),
  survey: v.string(),
  label: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
  question: v.string(),
  row: v.nullable(v.string()),
  measure: SurveyIndicatorMeasureSchema,
  values: v.nullable(v.array(v.string())),
  target: v.number(),
  year: v.number(),
  direction: v.picklist(['higher', 'lower']),
  /** The latest published round's value, or null before any. */
  current: v.nullable(SurveyIndicatorValueSchema),
  /** Every published round's value, oldest first. */
  series: v.array(SurveyIndicatorValueSchema),
  updatedAt: v.string(),
});
export type SurveyIndicator = v.InferOutput<typeof SurveyIndicatorSchema>;
export const SurveyIndicatorListSchema = v.object({ items: v.array(SurveyIndicatorSchema) });
