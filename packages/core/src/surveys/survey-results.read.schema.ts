// What <kohtaamo-survey-results> reads of a round's figures (issue 10): the aggregated results,
// a breakdown by a demographic question, the earlier rounds. Apart from the console's margins and
// round detail (survey-results.schema.ts, which re-exports this) since rollup puts a module in
// one chunk (issue 7, ADR 0075).
import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';

const interval = v.tuple([v.number(), v.number()]);
/** One category's share: counts, and for the sample the weighted share with its interval. */
export const SurveyShareSchema = v.object({
  value: v.string(),
  count: v.number(),
  share: v.number(),
  interval: v.optional(interval),
  method: v.optional(v.picklist(['wald', 'wilson'])),
});
export const SurveyMeanSchema = v.object({ n: v.number(), mean: v.number(), se: v.optional(v.number()), ci95: v.optional(interval) });
export const SurveyQuestionResultSchema = v.object({
  question: v.string(),
  type: v.string(),
  n: v.number(),
  shares: v.optional(v.array(SurveyShareSchema)),
  mean: v.optional(SurveyMeanSchema),
  rows: v.optional(v.record(v.string(), v.object({ n: v.number(), mean: v.optional(SurveyMeanSchema), shares: v.array(SurveyShareSchema) }))),
  /** Free-text questions: how many of the answers a moderator has published (…/texts). */
  publishedTexts: v.optional(v.number()),
});
export type SurveyQuestionResult = v.InferOutput<typeof SurveyQuestionResultSchema>;
export const SurveyGroupResultSchema = v.object({
  /** sample: invitations, interviews, imports (weighted when margins are set); open: open web (no margin of error). */
  group: v.picklist(['sample', 'open']),
  respondents: v.number(),
  weighted: v.boolean(),
  /** Sample respondents left out of the weighting (a demographic level with no population total). */
  excluded: v.number(),
  weights: v.optional(v.object({ sum: v.number(), min: v.number(), max: v.number(), kishNEff: v.number(), kishDeff: v.number() })),
  /** In a breakdown: too few respondents to show figures (no questions then). */
  suppressed: v.optional(v.boolean()),
  questions: v.array(SurveyQuestionResultSchema),
});
export const SurveyResultsSchema = v.object({
  round: v.string(),
  survey: v.string(),
  version: v.number(),
  year: v.number(),
  computedAt: v.string(),
  groups: v.array(SurveyGroupResultSchema),
});
export type SurveyResults = v.InferOutput<typeof SurveyResultsSchema>;

/** The results for each level of a demographic question (`?by=area`): each level's sample and open answers apart. */
export const SurveyBreakdownSchema = v.object({
  round: v.string(),
  survey: v.string(),
  version: v.number(),
  year: v.number(),
  computedAt: v.string(),
  by: v.string(),
  levels: v.array(v.object({ value: v.string(), groups: v.array(SurveyGroupResultSchema) })),
});
export type SurveyBreakdown = v.InferOutput<typeof SurveyBreakdownSchema>;

/** The earlier rounds of the same survey with published results, for comparison over the years. */
export const SurveyEarlierRoundsSchema = v.object({ items: v.array(v.object({ round: v.string(), year: v.number(), title: LocalizedTextSchema })) });
export type SurveyEarlierRounds = v.InferOutput<typeof SurveyEarlierRoundsSchema>;
