/**
 * A round's results, off the request path (ADR 0034). Weighting and aggregating a large round
 * takes seconds of CPU, so it runs in a worker thread (surveys-results.worker.ts) and its
 * output is kept in `survey_results_cache`, stamped with the round's data version from
 * `survey_results_state`. Every write that changes what the results say raises that version in
 * its own transaction: a response (any mode), a vendor file, new margins. Free-text moderation
 * changes only the published-text counts, which are read live and merged in when served, so a
 * moderation never waits for a recomputation and is never shown late.
 *
 * - `fresh`: the results of the current data (staff, publishing): computed now in the worker
 *   unless the cache holds this version; concurrent asks for the same version share one run.
 * - `servable`: what the public gets at once: the cache, even a version behind (then refreshed
 *   in the background); only a round never computed waits for the worker.
 * - `refreshStale`: the job (platform jobs, `surveys/results`): recomputes every cached entry
 *   whose round has moved on, so a visitor seldom sees a stale one.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SurveyIndicatorValue, SurveyResults } from '@kohtaamo/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.types.js';
import { cachedBody, type CachedBody } from '../platform/http-cache.js';
import { definitionOf, marginsOf, type RoundRow } from './surveys.repository.js';
import type { IndicatorRequest, ResultsOutcome, ResultsRequest } from './surveys.results.compute.js';
import './surveys.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Raises a round's data version (in the caller's transaction): its cached results are now stale. */
export async function bumpResultsVersion(db: Db, roundId: string): Promise<void> {
  await db
    .insertInto('survey_results_state')
    .values({ round_id: roundId, version: 1 })
    .onConflict((oc) => oc.column('round_id').doUpdateSet((eb) => ({ version: eb('survey_results_state.version', '+', 1) })))
    .execute();
}

export async function resultsVersion(db: Db, roundId: string): Promise<number> {
  const row = await db.selectFrom('survey_results_state').select('version').where('round_id', '=', roundId).executeTakeFirst();
  return row ? Number(row.version) : 0;
}

/** One worker thread per process, started on first use, let go (unref) while idle. */
class ResultsWorker {
  #worker: Worker | null = null;
  #next = 0;
  readonly #pending = new Map<number, { resolve(o: ResultsOutcome): void; reject(e: Error): void }>();

  #start(): Worker {
    // The server build has the worker as its own entry beside the chunks. From source (tests,
    // `tsx`), the TypeScript file: Node 20 loads a worker's entry before the --import hooks it
    // inherits are in place, so a small bootstrap registers tsx's loader first, then imports it.
    const built = new URL('./surveys-results.worker.js', import.meta.url);
    const worker = existsSync(built)
      ? new Worker(built)
      : new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(new URL('./surveys-results.worker.ts', import.meta.url).href)}); })`,
          { eval: true },
        );
    worker.unref();
    worker.on('message', (m: ResultsOutcome & { id: number; error?: string }) => {
      const pending = this.#pending.get(m.id);
      if (!pending) return;
      this.#pending.delete(m.id);
      if (m.error !== undefined) pending.reject(new Error(m.error));
      else pending.resolve(m);
      if (this.#pending.size === 0) worker.unref();
    });
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = null;
      for (const [id, pending] of this.#pending) {
        this.#pending.delete(id);
        pending.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the survey results worker stopped (${code})`)));
    return worker;
  }

  run(request: ResultsRequest): Promise<ResultsOutcome> {
    this.#worker ??= this.#start();
    const worker = this.#worker;
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id });
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }
}

export interface ResultsService {
  /** The results of the data as they are now (computed in the worker unless cached). `by`: '' or a demographic question. */
  fresh(round: RoundRow, by: string): Promise<CachedBody>;
  /** The cached results at once (refreshed in the background when behind); computed only when none were. */
  servable(round: RoundRow, by: string): Promise<CachedBody>;
  /** Recomputes every cached entry whose round has new data; returns how many. */
  refreshStale(): Promise<number>;
  /** Values a survey's indicators in its published rounds (or only one indicator / round), in the worker. */
  refreshIndicators(surveyId: string, only?: { indicator?: string; round?: string }): Promise<void>;
  /** Runs computed (for tests and figures). */
  readonly stats: { computed: number };
  close(): Promise<void>;
}

const services = new WeakMap<Kysely<Database>, ResultsService>();

/** The results service of a database: one per database and process, shared by the routes and the job. */
export function resultsServiceFor(db: Kysely<Database>, options: { reader?: Kysely<Database>; clock: () => Date }): ResultsService {
  let service = services.get(db);
  if (!service) {
    service = createResultsService(db, options.reader ?? db, options.clock);
    services.set(db, service);
  }
  return service;
}

function createResultsService(db: Kysely<Database>, reader: Kysely<Database>, clock: () => Date): ResultsService {
  const worker = new ResultsWorker();
  const inflight = new Map<string, Promise<string>>();
  const stats = { computed: 0 };

  async function indicatorsOf(surveyId: string, only?: string): Promise<IndicatorRequest[]> {
    let q = db.selectFrom('survey_indicators').select(['id', 'question', 'row_id', 'measure', 'values_json']).where('survey_id', '=', surveyId).orderBy('id');
    if (only) q = q.where('id', '=', only);
    return (await q.execute()).map((r) => ({ id: r.id, question: r.question, row: r.row_id, measure: r.measure as IndicatorRequest['measure'], values: r.values_json === null ? null : (JSON.parse(r.values_json) as string[]) }));
  }

  /** Computes in the worker and stores the entry; returns the results JSON. */
  async function compute(round: RoundRow, by: string, version: number, indicators: IndicatorRequest[]): Promise<string> {
    const definition = (await definitionOf(db, round.survey_id, round.version))!;
    // Rows are read after the version: a response stored meanwhile raised the version past this one.
    const rows = await reader.selectFrom('survey_responses').select(['mode', 'answers_json']).where('round_id', '=', round.id).orderBy('id').execute();
    const now = clock();
    const outcome = await worker.run({
      definition,
      margins: marginsOf(round),
      modes: rows.map((r) => r.mode),
      answers: rows.map((r) => r.answers_json),
      meta: { round: round.id, year: round.year, computedAt: now.toISOString() },
      by: by === '' ? null : by,
      indicators,
    });
    stats.computed++;
    await db
      .insertInto('survey_results_cache')
      .values({ round_id: round.id, by_key: by, version, results_json: outcome.json, computed_at: now.toISOString() })
      .onConflict((oc) =>
        oc
          .columns(['round_id', 'by_key'])
          .doUpdateSet((eb) => ({ version: eb.ref('excluded.version'), results_json: eb.ref('excluded.results_json'), computed_at: eb.ref('excluded.computed_at') }))
          .where('survey_results_cache.version', '<=', version),
      )
      .execute();
    if (by === '' && round.results_published_at !== null) {
      // The open-data copy (…/figures reads it) and the indicators follow the published results.
      await db.updateTable('survey_rounds').set({ results_json: outcome.json }).where('id', '=', round.id).where('results_published_at', 'is not', null).execute();
      await storeIndicatorValues(round, indicators, outcome.indicators, now);
    }
    return outcome.json;
  }

  async function storeIndicatorValues(round: RoundRow, indicators: readonly IndicatorRequest[], values: readonly (SurveyIndicatorValue | null)[], now: Date): Promise<void> {
    for (const [i, indicator] of indicators.entries()) {
      const value = values[i] ?? null;
      await db.deleteFrom('survey_indicator_values').where('indicator_id', '=', indicator.id).where('round_id', '=', round.id).execute();
      if (value === null) continue;
      await db
        .insertInto('survey_indicator_values')
        .values({ indicator_id: indicator.id, round_id: round.id, year: value.year, estimate: value.estimate, ci_low: value.ci95?.[0] ?? null, ci_high: value.ci95?.[1] ?? null, n: value.n, weighted: value.weighted ? 1 : 0, computed_at: now.toISOString() })
        .execute();
    }
  }

  function computeOnce(round: RoundRow, by: string, version: number): Promise<string> {
    const key = `${round.id}\u0000${by}\u0000${version}`;
    let running = inflight.get(key);
    if (!running) {
      running = (async () => compute(round, by, version, by === '' && round.results_published_at !== null ? await indicatorsOf(round.survey_id) : []))().finally(() => inflight.delete(key));
      inflight.set(key, running);
    }
    return running;
  }

  /** Published free-text counts per group and question, merged into the whole round's results. */
  async function withTextCounts(round: RoundRow, by: string, json: string): Promise<CachedBody> {
    if (by !== '') return cachedBody(json);
    const counts = await db
      .selectFrom('survey_texts')
      .select(['sample', 'question', (eb) => eb.fn.countAll<number>().as('n')])
      .where('round_id', '=', round.id)
      .where('state', '=', 'published')
      .groupBy(['sample', 'question'])
      .execute();
    const results = JSON.parse(json) as SurveyResults;
    for (const group of results.groups) {
      for (const q of group.questions) {
        if (q.type !== 'short_text' && q.type !== 'long_text') continue;
        q.publishedTexts = Number(counts.find((c) => c.sample === group.group && c.question === q.question)?.n ?? 0);
      }
    }
    return cachedBody(JSON.stringify(results));
  }

  async function cached(roundId: string, by: string) {
    return db.selectFrom('survey_results_cache').select(['version', 'results_json']).where('round_id', '=', roundId).where('by_key', '=', by).executeTakeFirst();
  }

  return {
    stats,
    async fresh(round, by) {
      const version = await resultsVersion(db, round.id);
      const entry = await cached(round.id, by);
      const json = entry && Number(entry.version) >= version ? entry.results_json : await computeOnce(round, by, version);
      return withTextCounts(round, by, json);
    },
    async servable(round, by) {
      const version = await resultsVersion(db, round.id);
      const entry = await cached(round.id, by);
      if (!entry) return withTextCounts(round, by, await computeOnce(round, by, version));
      if (Number(entry.version) < version) void computeOnce(round, by, version).catch(() => undefined);
      return withTextCounts(round, by, entry.results_json);
    },
    async refreshStale() {
      const stale = await db
        .selectFrom('survey_results_cache')
        .innerJoin('survey_results_state', 'survey_results_state.round_id', 'survey_results_cache.round_id')
        .select(['survey_results_cache.round_id', 'survey_results_cache.by_key', 'survey_results_state.version'])
        .whereRef('survey_results_cache.version', '<', 'survey_results_state.version')
        .execute();
      let done = 0;
      for (const entry of stale) {
        const round = await db.selectFrom('survey_rounds').selectAll().where('id', '=', entry.round_id).executeTakeFirst();
        if (!round) continue;
        await computeOnce(round, entry.by_key, Number(entry.version));
        done++;
      }
      return done;
    },
    async refreshIndicators(surveyId, only = {}) {
      const indicators = await indicatorsOf(surveyId, only.indicator);
      if (indicators.length === 0) return;
      let rq = db.selectFrom('survey_rounds').selectAll().where('survey_id', '=', surveyId).where('results_published_at', 'is not', null);
      if (only.round) rq = rq.where('id', '=', only.round);
      for (const round of await rq.execute()) {
        const definition = (await definitionOf(db, round.survey_id, round.version))!;
        const rows = await reader.selectFrom('survey_responses').select(['mode', 'answers_json']).where('round_id', '=', round.id).orderBy('id').execute();
        const now = clock();
        // Only the indicators: the worker is asked for a breakdown-free run whose results are dropped.
        const outcome = await worker.run({ definition, margins: marginsOf(round), modes: rows.map((r) => r.mode), answers: rows.map((r) => r.answers_json), meta: { round: round.id, year: round.year, computedAt: now.toISOString() }, by: null, indicators, indicatorsOnly: true });
        await storeIndicatorValues(round, indicators, outcome.indicators, now);
      }
    },
    close: () => worker.close(),
  };
}
