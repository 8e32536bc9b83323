// The published results of a survey round, read by <kohtaamo-survey-results>: the round and the
// texts of its definition, the results (or a breakdown by a demographic question), the earlier
// years' rounds, and the free texts a moderator published. Kept apart from the answering API
// (survey-form.store.ts) so that the results widget carries no answering logic.
import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import type { SurveyDefinition } from './survey.schema.js';
import type { SurveyRound } from './survey-round.read.schema.js';

/**
 * The wire's constants that the results widget reads, copied from survey-wire.ts (its test holds
 * them equal): that module is shared with the survey and the console and so a file of its own on
 * the results' cold page, larger than these few bytes (issue 7, ADR 0105).
 */
const ROUNDS_PATH = '/api/v1/surveys/rounds';
/** The answer values that are not an option of the definition (`OTHER_VALUE`, `CANT_SAY_VALUE`). */
export const RESULTS_ANSWER_VALUES = { other: 'other', cantSay: 'cant_say' } as const;

/**
 * The round and its definition for showing results. The widget draws the round's title only,
 * and reads the definition for its texts and question types; the server checked both whole
 * when they were saved. Both are checked here loosely, so that the results widget carries
 * neither the round's schema nor the whole definition's (issue 7): the title as texts by
 * language, which `pickText` reads (ADR 0105: not `LocalizedTextSchema`, a file of its own).
 */
const ResultsPaperSchema = v.object({
  round: v.looseObject({ title: v.record(v.string(), v.string()) }),
  definition: v.looseObject({ id: v.string(), version: v.number(), pages: v.array(v.looseObject({ id: v.string(), sections: v.array(v.looseObject({ questions: v.array(v.looseObject({ id: v.string(), type: v.string() })) })) })) }),
});

/**
 * What the widget draws of the figures (ADR 0087): each group's respondents, whether it is
 * weighted or suppressed, and per question its count, its shares with their intervals and its
 * means with theirs. The server builds the whole `SurveyResultsSchema` (its contract test parses
 * every response with it); the widget checks what it draws, loosely, as it does the paper.
 */
const interval = v.optional(v.tuple([v.number(), v.number()]));
const share = v.looseObject({ value: v.string(), share: v.number(), interval });
const mean = v.optional(v.looseObject({ mean: v.number(), ci95: interval }));
const GroupReadSchema = v.looseObject({
  group: v.picklist(['sample', 'open']),
  respondents: v.number(),
  weighted: v.boolean(),
  suppressed: v.optional(v.boolean()),
  questions: v.array(v.looseObject({ question: v.string(), n: v.number(), shares: v.optional(v.array(share)), mean, rows: v.optional(v.record(v.string(), v.looseObject({ mean }))) })),
});
const ResultsReadSchema = v.looseObject({ groups: v.array(GroupReadSchema) });
const BreakdownReadSchema = v.looseObject({ levels: v.array(v.looseObject({ value: v.string(), groups: v.array(GroupReadSchema) })) });
/** The earlier years' rounds as the comparison's choice draws them: the round and its year (ADR 0105). */
const EarlierReadSchema = v.looseObject({ items: v.array(v.looseObject({ round: v.string(), year: v.number() })) });
/** The figures as the widget reads them (a `SurveyResults` from the server has all of this). */
export type SurveyResultsRead = v.InferOutput<typeof ResultsReadSchema>;
export type SurveyBreakdownRead = v.InferOutput<typeof BreakdownReadSchema>;
export type SurveyEarlierRoundsRead = v.InferOutput<typeof EarlierReadSchema>;
/** The published free texts as the widget draws them: the question's, each text with its language (ADR 0105). */
const TextsReadSchema = v.looseObject({ items: v.array(v.looseObject({ question: v.string(), lang: v.string(), text: v.string() })) });
export type SurveyPublishedTextsRead = v.InferOutput<typeof TextsReadSchema>;

/** What the results widget reads of a round: its title (the rest of `SurveyRound` is not checked). */
export interface SurveyResultsPaper {
  round: Pick<SurveyRound, 'title'>;
  definition: SurveyDefinition;
}

export interface SurveyResultsApi {
  paper(roundId: string): Promise<SurveyResultsPaper>;
  results(roundId: string): Promise<SurveyResultsRead>;
  breakdown(roundId: string, by: string): Promise<SurveyBreakdownRead>;
  earlier(roundId: string): Promise<SurveyEarlierRoundsRead>;
  texts(roundId: string): Promise<SurveyPublishedTextsRead>;
}

export function createSurveyResultsApi(http: HttpClient): SurveyResultsApi {
  const round = (id: string) => `${ROUNDS_PATH}/${encodeURIComponent(id)}`;
  return {
    paper: async (id) => (await http.request(round(id), ResultsPaperSchema)) as unknown as SurveyResultsPaper,
    results: (id) => http.request(`${round(id)}/results`, ResultsReadSchema),
    breakdown: (id, by) => http.request(`${round(id)}/results?by=${encodeURIComponent(by)}`, BreakdownReadSchema),
    earlier: (id) => http.request(`${round(id)}/results/earlier`, EarlierReadSchema),
    texts: (id) => http.request(`${round(id)}/texts`, TextsReadSchema),
  };
}
