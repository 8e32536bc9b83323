// What the survey widgets read of a round (issue 7, ADR 0069, ADR 0075): the paths and the round.
// A module apart from the rest of the API's contract (survey-round.schema.ts, which re-exports
// all of it), since rollup puts a module in one chunk: the widgets then no longer carry the
// console's and the server's schemas of rounds. The paper the answering widget loads (the round
// with its definition) is survey-paper.read.schema.ts, so that the results widget, which reads
// the round only, does not carry the definition's schema.
import * as v from 'valibot';
import { SURVEY_ROUNDS_PATH } from './survey-wire.js';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';

export const SURVEYS_PATHS = {
  /** Public: a round's definition, responses, drafts, help offers, published results. */
  rounds: SURVEY_ROUNDS_PATH,
  /** Staff: surveys, versions, rounds, tokens, interviews, imports, results, exports. */
  staff: '/api/v1/staff/surveys',
  /** Staff: a vendor's data file (CSV + mapping) for `?survey=&round=`. */
  imports: '/api/v1/staff/surveys/imports',
  /** Public: the published survey figures (indicators) of every round. */
  figures: '/api/v1/surveys/figures',
  /** Public: the survey figures declared strategy indicators, with their targets and values. */
  indicators: '/api/v1/surveys/indicators',
} as const;

/** The ways a response comes in; recorded on every response. */
export const SURVEY_MODES = ['web', 'invitation', 'interviewer', 'import'] as const;
export const SurveyModeSchema = v.picklist(SURVEY_MODES, 'common.invalid');
export type SurveyMode = v.InferOutput<typeof SurveyModeSchema>;

/** The professional sample (weighted, with margins of error) versus the self-selected open web answers. */
export const sampleOfMode = (mode: SurveyMode): 'sample' | 'open' => (mode === 'web' ? 'open' : 'sample');

export const SurveyRoundStatusSchema = v.picklist(['draft', 'open', 'closed']);
export type SurveyRoundStatus = v.InferOutput<typeof SurveyRoundStatusSchema>;

export const SurveyRoundSchema = v.object({
  id: v.string(),
  survey: v.string(),
  version: v.number(),
  title: LocalizedTextSchema,
  modes: v.array(SurveyModeSchema),
  webLimit: v.picklist(['one-per-browser', 'many']),
  year: v.number(),
  status: SurveyRoundStatusSchema,
  closesAt: v.nullable(v.string()),
  resultsPublishedAt: v.nullable(v.string()),
});
export type SurveyRound = v.InferOutput<typeof SurveyRoundSchema>;
