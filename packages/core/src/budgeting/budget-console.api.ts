// The staff side of participatory budgeting for <kohtaamo-budget-console> (ADR 0049): rounds and
// budgets, the review of proposals, the rules, voting codes, assisted ballots, closing the vote,
// results and implementation, over the shared HttpClient. Rounds and proposals are schema-parsed;
// rules and results are read loosely (the server checked them; the lazy views read what they need).
import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import { ProblemError } from '../http/errors.js';
import { createQueueStore, type QueueState, type QueueStore } from '../forms/queue.store.js';
import type { BudgetRules } from './rules.schema.js';
import {
  BallotReceiptSchema,
  BUDGETING_PATHS,
  ProposalListSchema,
  ProposalSchema,
  RoundListSchema,
  RoundSchema,
  type AssistedBallot,
  type BallotReceipt,
  type BudgetInput,
  type Proposal,
  type ProposalReview,
  type Round,
  type RoundInput,
  type RoundUpdate,
  type RulesSetting,
} from './round.schema.js';

const Loose = v.looseObject({});
const CodesSchema = v.object({ codes: v.array(v.string()) });

/** One budget's result as the staff routes answer it (read loosely). */
export interface ConsoleBudgetResult {
  readonly budget: string;
  readonly winners: readonly string[];
  readonly totalCost: number;
  readonly projects: readonly { id: string; title: string; won: boolean; votes: number; cost: number }[];
}
export interface ConsoleResults {
  readonly ballots: number;
  readonly budgets: readonly ConsoleBudgetResult[];
  readonly publishedAt?: string | null;
  /** "queued": a big round is tallied by the server's job. */
  readonly status?: string;
}

/** A budget's rules as the ballot paper shows them, with each project's title. */
export interface ConsoleRules {
  readonly rules: BudgetRules;
  readonly randomOrder: boolean;
  readonly projects: readonly { id: string; cost: number; title: string; lang: string }[];
}

export interface BudgetConsoleApi {
  rounds(signal?: AbortSignal): Promise<Round[]>;
  round(roundId: string, signal?: AbortSignal): Promise<Round>;
  proposals(roundId: string, filter: { budget?: string; status?: string; cursor?: string }, signal?: AbortSignal): Promise<{ items: Proposal[]; total: number; next: string | null }>;
  createRound(input: RoundInput): Promise<Round>;
  updateRound(roundId: string, update: RoundUpdate): Promise<Round>;
  createBudget(roundId: string, input: BudgetInput): Promise<Round>;
  review(roundId: string, proposalId: string, review: ProposalReview): Promise<Proposal>;
  setRules(roundId: string, budgetId: string, setting: RulesSetting): Promise<BudgetRules>;
  /** A budget's rules as set (the ballot paper's), or null when none are set yet. */
  rules(roundId: string, budgetId: string, signal?: AbortSignal): Promise<ConsoleRules | null>;
  issueCodes(roundId: string, count: number): Promise<string[]>;
  assisted(roundId: string, budgetId: string, ballot: AssistedBallot, idempotencyKey: string): Promise<BallotReceipt>;
  close(roundId: string): Promise<Round>;
  computeResults(roundId: string): Promise<ConsoleResults>;
  /** The published results (404 before publishing). */
  results(roundId: string, signal?: AbortSignal): Promise<ConsoleResults>;
  publish(roundId: string): Promise<ConsoleResults>;
  implementation(roundId: string, proposalId: string, update: { status: string; progress: number; note?: string }): Promise<Proposal>;
}

const enc = encodeURIComponent;

/**
 * The console's requests. Each says the console's language (`Accept-Language`), so the server's
 * problem texts (a refused review, rules that do not hold) come in the officer's chosen language,
 * not the browser's (issue 9).
 */
export function createBudgetConsoleApi(http: HttpClient, locale: () => string = () => 'fi'): BudgetConsoleApi {
  const R = (id: string) => `${BUDGETING_PATHS.rounds}/${enc(id)}`;
  const S = (id: string) => `${BUDGETING_PATHS.staffRounds}/${enc(id)}`;
  const lang = (): Record<string, string> => ({ 'Accept-Language': locale() });
  const opt = (signal?: AbortSignal) => ({ headers: lang(), ...(signal ? { signal } : {}) });
  const send = (method: 'POST' | 'PUT' | 'PATCH', json?: unknown) => ({ method, headers: lang(), ...(json === undefined ? {} : { json }) });
  return {
    rounds: async (signal) => (await http.request(BUDGETING_PATHS.rounds, RoundListSchema, opt(signal))).items,
    round: (id, signal) => http.request(R(id), RoundSchema, opt(signal)),
    proposals(id, filter, signal) {
      const searchParams: Record<string, string> = { pageSize: '100' };
      if (filter.budget) searchParams.budget = filter.budget;
      if (filter.status) searchParams.status = filter.status;
      if (filter.cursor) searchParams.cursor = filter.cursor;
      return http.request(`${R(id)}/proposals`, ProposalListSchema, { searchParams, ...opt(signal) });
    },
    createRound: (input) => http.request(BUDGETING_PATHS.staffRounds, RoundSchema, send('POST', input)),
    updateRound: (id, update) => http.request(S(id), RoundSchema, send('PATCH', update)),
    createBudget: (id, input) => http.request(`${S(id)}/budgets`, RoundSchema, send('POST', input)),
    review: (id, p, review) => http.request(`${S(id)}/proposals/${enc(p)}/review`, ProposalSchema, send('POST', review)),
    setRules: async (id, b, setting) => (await http.request(`${S(id)}/budgets/${enc(b)}/rules`, Loose, send('PUT', setting))) as unknown as BudgetRules,
    async rules(id, b, signal) {
      try {
        return (await http.request(`${R(id)}/budgets/${enc(b)}/ballot`, Loose, opt(signal))) as unknown as ConsoleRules;
      } catch (error) {
        if (error instanceof ProblemError && error.status === 409) return null;
        throw error;
      }
    },
    issueCodes: async (id, count) => (await http.request(`${S(id)}/voting-codes`, CodesSchema, send('POST', { count }))).codes,
    assisted: (id, b, ballot, key) => http.request(`${S(id)}/budgets/${enc(b)}/assisted-ballots`, BallotReceiptSchema, { ...send('POST', ballot), headers: { ...lang(), [IDEMPOTENCY_HEADER]: key } }),
    close: (id) => http.request(`${S(id)}/close`, RoundSchema, send('POST')),
    computeResults: async (id) => (await http.request(`${S(id)}/results`, Loose, send('POST'))) as unknown as ConsoleResults,
    results: async (id, signal) => (await http.request(`${R(id)}/results`, Loose, opt(signal))) as unknown as ConsoleResults,
    publish: async (id) => (await http.request(`${S(id)}/results/publish`, Loose, send('POST'))) as unknown as ConsoleResults,
    implementation: (id, p, update) => http.request(`${S(id)}/proposals/${enc(p)}/implementation`, ProposalSchema, send('PUT', update)),
  };
}

export type BudgetConsoleQueue = QueueState<Round, Record<string, never>, Round>;
export type BudgetConsoleQueueStore = QueueStore<Round, Record<string, never>, Round>;

/**
 * The console's list on core's generic queue store: the rounds (one page: a city runs one or
 * two a year), newest vote first, and the one round open, read again when opened.
 */
export function createBudgetConsoleQueueStore(api: () => BudgetConsoleApi): BudgetConsoleQueueStore {
  return createQueueStore<Round, Record<string, never>, Round>({
    filters: {},
    idOf: (r) => r.id,
    rowOf: (detail) => detail,
    async list(_filters, _cursor, signal) {
      const items = await api().rounds(signal);
      return { items, total: items.length, next: null };
    },
    read: (id, signal) => api().round(id, signal),
  });
}

/**
 * The instant a Helsinki calendar day starts ("2028-03-01" → "2028-02-29T22:00:00.000Z"), for
 * a round's phase dates typed as days; null when the text is not a real YYYY-MM-DD date.
 */
export function helsinkiDayStart(day: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(utc).toISOString().slice(0, 10) !== day.trim()) return null;
  // Helsinki is UTC+2 or +3: the start is the candidate whose Helsinki wall time is that day's midnight.
  for (const hours of [2, 3]) {
    const at = new Date(utc - hours * 3_600_000).toISOString();
    if (helsinkiDay(at) === day.trim() && helsinkiHour(at) === 0) return at;
  }
  return null;
}

const hourFormat = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', hourCycle: 'h23' });
const helsinkiHour = (iso: string): number => Number(hourFormat.formatToParts(new Date(iso)).find((p) => p.type === 'hour')?.value);

/** The Helsinki calendar day of an instant, YYYY-MM-DD. */
export function helsinkiDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
