// The published results of a survey round, read by <kohtaamo-survey-results>: the round and the
// texts of its definition, the results (or a breakdown by a demographic question), the earlier
// years' rounds, and the free texts a moderator published. Kept apart from the answering API
// (survey-form.store.ts) so that the results widget carries no answering logic.
import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { SurveyPublishedTextsSchema, type SurveyPublishedTexts } from './survey-texts.schema.js';
import { SURVEYS_PATHS, SurveyRoundSchema, type SurveyRound } from './survey-round.read.schema.js';
import { SurveyBreakdownSchema, SurveyEarlierRoundsSchema, SurveyResultsSchema, type SurveyBreakdown, type SurveyEarlierRounds, type SurveyResults } from './survey-results.read.schema.js';
import type { SurveyDefinition } from './survey.schema.js';

/**
 * The round and its definition for showing results. The definition is only read for its texts
 * and question types, and the server checked it whole when it was saved: its shape is checked
 * here loosely, so that the results widget does not carry the whole definition schema.
 */
const ResultsPaperSchema = v.object({
  round: SurveyRoundSchema,
  definition: v.looseObject({ id: v.string(), version: v.number(), pages: v.array(v.looseObject({ id: v.string(), sections: v.array(v.looseObject({ questions: v.array(v.looseObject({ id: v.string(), type: v.string() })) })) })) }),
});

export interface SurveyResultsApi {
  paper(roundId: string): Promise<{ round: SurveyRound; definition: SurveyDefinition }>;
  results(roundId: string): Promise<SurveyResults>;
  breakdown(roundId: string, by: string): Promise<SurveyBreakdown>;
  earlier(roundId: string): Promise<SurveyEarlierRounds>;
  texts(roundId: string): Promise<SurveyPublishedTexts>;
}

export function createSurveyResultsApi(http: HttpClient): SurveyResultsApi {
  const round = (id: string) => `${SURVEYS_PATHS.rounds}/${encodeURIComponent(id)}`;
  return {
    paper: async (id) => (await http.request(round(id), ResultsPaperSchema)) as unknown as { round: SurveyRound; definition: SurveyDefinition },
    results: (id) => http.request(`${round(id)}/results`, SurveyResultsSchema),
    breakdown: (id, by) => http.request(`${round(id)}/results?by=${encodeURIComponent(by)}`, SurveyBreakdownSchema),
    earlier: (id) => http.request(`${round(id)}/results/earlier`, SurveyEarlierRoundsSchema),
    texts: (id) => http.request(`${round(id)}/texts`, SurveyPublishedTextsSchema),
  };
}
