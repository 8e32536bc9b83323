// The contract of the surveys' figures (issue 10): a round's population margins, the round as the
// console shows it, and the aggregated results. Apart from survey-round.schema.ts so that the
// answering widget's bundle carries none of them (ADR 0047). What the results widget reads (the
// results, a breakdown, the earlier rounds) is survey-results.read.schema.ts, re-exported here, so
// that the widget does not carry the console's margins and round detail (ADR 0075).
import * as v from 'valibot';
import { SurveyRoundSchema } from './survey-round.read.schema.js';

export * from './survey-results.read.schema.js';

/** Population margins of a round: raking over variables, or post-stratification on a joint table. */
export const SurveyMarginsSchema = v.variant('method', [
  v.object({
    method: v.literal('rake'),
    /** question id → level → population total. */
    margins: v.pipe(v.record(v.string(), v.record(v.string(), v.pipe(v.number(), v.minValue(0)))), v.check((m) => Object.keys(m).length >= 1, 'common.required')),
    trim: v.optional(v.tuple([v.pipe(v.number(), v.minValue(0)), v.pipe(v.number(), v.minValue(0))])),
  }),
  v.object({
    method: v.literal('poststratify'),
    variables: v.pipe(v.array(v.string()), v.minLength(1)),
    cells: v.pipe(v.array(v.object({ levels: v.record(v.string(), v.string()), total: v.pipe(v.number(), v.minValue(0)) })), v.minLength(1)),
    trim: v.optional(v.tuple([v.pipe(v.number(), v.minValue(0)), v.pipe(v.number(), v.minValue(0))])),
  }),
]);
export type SurveyMargins = v.InferOutput<typeof SurveyMarginsSchema>;

/**
 * A round as the staff console shows it (GET …/staff/surveys/{surveyId}/rounds/{surveyRoundId}):
 * the round, its margins, how many invitation tokens were issued and used (counts only: a token
 * is never linked to a response) and how many responses came in each mode.
 */
export const SurveyRoundDetailSchema = v.object({
  round: SurveyRoundSchema,
  margins: v.nullable(SurveyMarginsSchema),
  tokens: v.object({ issued: v.number(), used: v.number() }),
  responses: v.object({ web: v.number(), invitation: v.number(), interviewer: v.number(), import: v.number() }),
});
export type SurveyRoundDetail = v.InferOutput<typeof SurveyRoundDetailSchema>;

