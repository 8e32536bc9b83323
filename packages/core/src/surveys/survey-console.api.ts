// The staff side of surveys for <kohtaamo-survey-console> (ADR 0035): the analyst's surveys,
// versions, rounds with their counts, tokens, vendor imports, margins, results and publishing,
// over the shared HttpClient. Lists, rounds and imports are schema-parsed; definitions, results,
// free texts and indicators are parsed loosely here (the server checked them; the lazy views that
// show them read what they need), so the console's entry does not carry those schemas.
import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { createQueueStore, type QueueState, type QueueStore } from '../forms/queue.store.js';
import { SURVEYS_PATHS, SurveyRoundSchema, type SurveyImportMapping, type SurveyRound, type SurveyRoundInput } from './survey-round.schema.js';
import { SurveyRoundDetailSchema, type SurveyMargins, type SurveyResults, type SurveyRoundDetail } from './survey-results.schema.js';
import type { SurveyDefinition, SurveyDefinitionInput } from './survey.schema.js';
import type { SurveyStaffText, SurveyStaffTextList, SurveyTextState } from './survey-texts.schema.js';
import type { SurveyIndicator, SurveyIndicatorInput } from './survey-indicator.schema.js';

export const SurveySummarySchema = v.object({
  id: v.string(),
  versions: v.array(v.object({ version: v.number(), fingerprint: v.string(), createdAt: v.string() })),
  rounds: v.array(SurveyRoundSchema),
});
export type SurveySummary = v.InferOutput<typeof SurveySummarySchema>;
const SurveyListSchema = v.object({ items: v.array(SurveySummarySchema) });
const SavedVersionSchema = v.object({ survey: v.string(), version: v.number() });
const TokensSchema = v.object({ tokens: v.array(v.string()) });
/** What an import (or its dry run) answers when every row was accepted. */
export const SurveyImportReportSchema = v.object({ rows: v.number(), accepted: v.number(), saved: v.number() });
export type SurveyImportReport = v.InferOutput<typeof SurveyImportReportSchema>;
const Loose = v.looseObject({});

export interface SurveyConsoleApi {
  listSurveys(signal?: AbortSignal): Promise<SurveySummary[]>;
  createSurvey(definition: SurveyDefinitionInput): Promise<{ survey: string; version: number }>;
  saveVersion(surveyId: string, definition: unknown): Promise<{ survey: string; version: number }>;
  version(surveyId: string, version: number, signal?: AbortSignal): Promise<SurveyDefinition>;
  createRound(surveyId: string, input: SurveyRoundInput): Promise<SurveyRound>;
  round(surveyId: string, roundId: string, signal?: AbortSignal): Promise<SurveyRoundDetail>;
  setStatus(surveyId: string, roundId: string, status: 'open' | 'close'): Promise<SurveyRound>;
  issueTokens(surveyId: string, roundId: string, count: number): Promise<string[]>;
  setMargins(surveyId: string, roundId: string, margins: SurveyMargins): Promise<void>;
  /** A vendor's file: 422 (a ProblemError of type import-rejected, an error per field of each rejected row) saves nothing. */
  importFile(surveyId: string, roundId: string, body: { mapping: SurveyImportMapping; csv: string; dryRun?: boolean }): Promise<SurveyImportReport>;
  results(surveyId: string, roundId: string, signal?: AbortSignal): Promise<SurveyResults>;
  publish(surveyId: string, roundId: string): Promise<SurveyResults>;
  /** Free texts of a round to moderate (survey-results' API, ADR 0033), a page at a time. */
  texts(surveyId: string, roundId: string, query: { state?: SurveyTextState; question?: string; after?: string; limit?: number }, signal?: AbortSignal): Promise<SurveyStaffTextList>;
  /** Publishes or hides texts, all or none; a stale `version` is a 409 (…/surveys/moderation-conflict). */
  moderate(surveyId: string, roundId: string, items: readonly { id: string; state: SurveyTextState; version?: number }[]): Promise<SurveyStaffText[]>;
  indicators(surveyId: string, signal?: AbortSignal): Promise<SurveyIndicator[]>;
  declareIndicator(surveyId: string, indicatorId: string, input: SurveyIndicatorInput): Promise<SurveyIndicator>;
  deleteIndicator(surveyId: string, indicatorId: string): Promise<void>;
  /** The round's offers of help with contact details (personal data, kept apart from the answers). */
  helpOffers(surveyId: string, roundId: string, signal?: AbortSignal): Promise<SurveyHelpOfferRecord[]>;
}

/** An offer of help as the staff read it (GET …/rounds/{id}/help-offers). */
export interface SurveyHelpOfferRecord {
  readonly id: string;
  readonly lang: 'fi' | 'sv' | 'en';
  readonly text: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  /** The day (Helsinki) the person agreed to be contacted, and the day it was received. */
  readonly consentOn: string;
  readonly createdOn: string;
}

const enc = encodeURIComponent;

export function createSurveyConsoleApi(http: HttpClient): SurveyConsoleApi {
  const S = SURVEYS_PATHS.staff;
  const R = (s: string, r: string) => `${S}/${enc(s)}/rounds/${enc(r)}`;
  const opt = (signal?: AbortSignal) => (signal ? { signal } : {});
  return {
    listSurveys: async (signal) => (await http.request(S, SurveyListSchema, opt(signal))).items,
    createSurvey: (definition) => http.request(S, SavedVersionSchema, { method: 'POST', json: { definition } }),
    saveVersion: (s, definition) => http.request(`${S}/${enc(s)}/versions`, SavedVersionSchema, { method: 'POST', json: { definition } }),
    version: async (s, n, signal) => (await http.request(`${S}/${enc(s)}/versions/${n}`, Loose, opt(signal))) as unknown as SurveyDefinition,
    createRound: (s, input) => http.request(`${S}/${enc(s)}/rounds`, SurveyRoundSchema, { method: 'POST', json: input }),
    round: (s, r, signal) => http.request(R(s, r), SurveyRoundDetailSchema, opt(signal)),
    setStatus: (s, r, status) => http.request(`${R(s, r)}/${status}`, SurveyRoundSchema, { method: 'POST' }),
    issueTokens: async (s, r, count) => (await http.request(`${R(s, r)}/tokens`, TokensSchema, { method: 'POST', json: { count } })).tokens,
    setMargins: async (s, r, margins) => void (await http.request(`${R(s, r)}/margins`, Loose, { method: 'PUT', json: margins })),
    importFile: (s, r, body) => http.request(SURVEYS_PATHS.imports, SurveyImportReportSchema, { method: 'POST', json: body, searchParams: { survey: s, round: r } }),
    results: async (s, r, signal) => (await http.request(`${R(s, r)}/results`, Loose, opt(signal))) as unknown as SurveyResults,
    publish: async (s, r) => (await http.request(`${R(s, r)}/results/publish`, Loose, { method: 'POST' })) as unknown as SurveyResults,
    texts: async (s, r, query, signal) => {
      const searchParams: Record<string, string> = {};
      for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') searchParams[key] = String(value);
      return (await http.request(`${R(s, r)}/texts`, Loose, { searchParams, ...opt(signal) })) as unknown as SurveyStaffTextList;
    },
    moderate: async (s, r, items) => ((await http.request(`${R(s, r)}/texts/moderation`, Loose, { method: 'POST', json: { items } })) as unknown as { items: SurveyStaffText[] }).items,
    indicators: async (s, signal) => ((await http.request(`${S}/${enc(s)}/indicators`, Loose, opt(signal))) as unknown as { items: SurveyIndicator[] }).items,
    declareIndicator: async (s, id, input) => (await http.request(`${S}/${enc(s)}/indicators/${enc(id)}`, Loose, { method: 'PUT', json: input })) as unknown as SurveyIndicator,
    deleteIndicator: async (s, id) => void (await http.blob(`${S}/${enc(s)}/indicators/${enc(id)}`, { method: 'DELETE' })),
    helpOffers: async (s, r, signal) => ((await http.request(`${R(s, r)}/help-offers`, Loose, opt(signal))) as unknown as { items: SurveyHelpOfferRecord[] }).items,
  };
}

/** The open round's id in the console's queue: `<survey>/<round>`. */
export const consoleRoundKey = (surveyId: string, roundId: string): string => `${surveyId}/${roundId}`;

export type SurveyConsoleQueue = QueueState<SurveySummary, Record<string, never>, SurveyRoundDetail>;
export type SurveyConsoleQueueStore = QueueStore<SurveySummary, Record<string, never>, SurveyRoundDetail>;

/**
 * The console's queue on core's generic queue store: the surveys within the analyst's grants
 * (one page: a city runs a handful), and the one round open, read with its counts.
 */
export function createSurveyConsoleQueueStore(api: () => SurveyConsoleApi): SurveyConsoleQueueStore {
  return createQueueStore<SurveySummary, Record<string, never>, SurveyRoundDetail>({
    filters: {},
    idOf: (s) => s.id,
    async list(_filters, _cursor, signal) {
      const items = await api().listSurveys(signal);
      return { items, total: items.length, next: null };
    },
    read(key, signal) {
      const slash = key.indexOf('/');
      return api().round(key.slice(0, slash), key.slice(slash + 1), signal);
    },
  });
}
