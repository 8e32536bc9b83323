import { defaultPeriod, helsinkiDate, type FeedbackStats, type FeedbackStatsQuery, type LocalizedName } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { cachedBody, type CachedBody } from '../../platform/http-cache.js';
import { refreshReportTimes } from './report-times.js';
import { statsFromDays } from './stats.days.js';
import { statsFromDatabase, type StatsQueryInput } from './stats.queries.js';

export interface FeedbackStatsRepository {
  stats(query: FeedbackStatsQuery): Promise<FeedbackStats>;
  /** The figures as the JSON answer and its ETag, from the cache while nothing they show changed. */
  answer(query: FeedbackStatsQuery): Promise<StatsAnswer>;
}

/** The JSON answer with its ETag (platform/http-cache.ts). */
export type StatsAnswer = CachedBody;

export interface FeedbackStatsOptions {
  readonly targetWorkingDays: number;
  readonly clock?: () => Date;
  readonly kind: 'sqlite' | 'postgresql';
  /**
   * Where the long read-only queries run: on SQLite a connection in a worker thread, so the
   * event loop never waits for them; by default the main database.
   */
  readonly reader?: Kysely<Database>;
  /** How long a cached answer may be served while nothing changed (60 s, as Cache-Control). */
  readonly cacheMs?: number;
  /**
   * After a change, how long the answer from before it may still be served while the new one
   * is computed in the background, one computation per answer at a time (30 s; 0 = never:
   * every request after a change waits for the new figures). Public caches may keep it for
   * the 60 s of Cache-Control anyway.
   */
  readonly staleMs?: number;
  /**
   * While reports keep changing, how often one answer is computed again in the background
   * (10 s; 0 = after every change): the answer from before is served meanwhile, as within
   * `staleMs`. Without it a steady stream of submissions (each one changes the epoch) kept a
   * computation of every period and filter asked for running back to back, the database's
   * cores busy with figures that public caches keep for 60 s anyway.
   */
  readonly refreshEveryMs?: number;
}

/** Answers kept per process: periods × filters in use on the city's pages. */
const CACHE_ENTRIES = 200;
/**
 * Computations at once per process: on PostgreSQL one, whose two statements at a time take the
 * reader pool's two connections (db/database.ts), on SQLite two of the three reader threads; the
 * rest stays for /healthz, lookups, list counts and writes.
 */
const COMPUTATIONS_AT_ONCE = { postgresql: 1, sqlite: 1 } as const;

/** Runs at most `limit` tasks at once, the others in turn. */
function gate(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finishing task hands its place to the next in line, so no newcomer can slip between.
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** The period a query asks for, with the default (the last 12 ISO weeks) for missing ends. */
export function resolvePeriod(query: Pick<FeedbackStatsQuery, 'from' | 'to'>, now: Date): { from: string; to: string } {
  const fallback = defaultPeriod(now);
  const from = query.from ?? (query.to !== undefined && query.to < fallback.from ? query.to : fallback.from);
  const to = query.to ?? (query.from !== undefined && query.from > fallback.to ? query.from : fallback.to);
  return { from, to };
}

/** The localized names of categories and units (a few rows). */
export async function groupNames(db: Kysely<Database>): Promise<{ categories: Map<string, LocalizedName>; units: Map<string, LocalizedName> }> {
  const [categories, units] = await Promise.all([
    db.selectFrom('feedback_categories').select(['id', 'name_fi', 'name_sv', 'name_en']).execute(),
    db.selectFrom('units').select(['id', 'name_fi', 'name_sv', 'name_en']).execute(),
  ]);
  const names = (list: { id: string; name_fi: string; name_sv: string; name_en: string }[]) =>
    new Map<string, LocalizedName>(list.map((r) => [r.id, { fi: r.name_fi, sv: r.name_sv, en: r.name_en }]));
  return { categories: names(categories), units: names(units) };
}

/**
 * The figures from the counts kept per day (stats.days.ts), or null when they cannot give them
 * (then the reports are read). Its statements run outside one transaction (on SQLite over reader
 * threads): a report written between the counts and the order statistics can make them
 * disagree, and then it reads again.
 */
export async function keptFigures(db: Kysely<Database>, kind: 'sqlite' | 'postgresql', input: StatsQueryInput): Promise<FeedbackStats | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statsFromDays(db, kind, input);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('order statistic')) || attempt >= 5) throw error;
    }
  }
}

/**
 * The response-time figures, from the counts kept per day (stats.days.ts) or, when those cannot
 * give them, computed in the database from the reports (stats.queries.ts) from the per-report
 * values of report-times.ts, which are filled first for the reports that lack them.
 */
export function createFeedbackStatsRepository(db: Kysely<Database>, options: FeedbackStatsOptions): FeedbackStatsRepository {
  const clock = options.clock ?? (() => new Date());
  const reader = options.reader ?? db;
  const cacheMs = options.cacheMs ?? 60_000;
  const inTurn = gate(COMPUTATIONS_AT_ONCE[options.kind]);
  const compute = (query: FeedbackStatsQuery, now: Date): Promise<FeedbackStats> => inTurn(() => computeNow(query, now));
  const computeNow = async (query: FeedbackStatsQuery, now: Date): Promise<FeedbackStats> => {
    const { from, to } = resolvePeriod(query, now);
    await refreshReportTimes(db);
    const names = await groupNames(db);
    const input: StatsQueryInput = {
      from,
      to,
      now,
      targetWorkingDays: options.targetWorkingDays,
      category: query.category,
      unit: query.unit,
      ...names,
    };
    return (await keptFigures(reader, options.kind, input)) ?? statsFromDatabase(reader, options.kind, input);
  };
  const staleMs = options.staleMs ?? 30_000;
  const refreshEveryMs = Math.min(options.refreshEveryMs ?? 10_000, staleMs);
  // key → the answer, the epoch it was read at and when (server time, not the domain clock);
  // at most one computation per key at a time.
  interface Entry {
    epoch: string;
    at: number;
    answer: Promise<StatsAnswer>;
    settled?: StatsAnswer;
    refreshing?: Promise<unknown>;
  }
  const cache = new Map<string, Entry>();
  const remember = (key: string, entry: Entry) => {
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  };
  const start = (key: string, epoch: string, query: FeedbackStatsQuery, now: Date, replaceNow: boolean): Promise<StatsAnswer> => {
    const entry: Entry = { epoch, at: Date.now(), answer: compute(query, now).then((figures) => cachedBody(JSON.stringify(figures))) };
    if (replaceNow) remember(key, entry);
    entry.answer.then(
      (answer) => {
        entry.settled = answer;
        if (!replaceNow) remember(key, entry);
      },
      () => {
        if (cache.get(key) === entry) cache.delete(key);
        const before = cache.get(key);
        if (before?.refreshing) delete before.refreshing;
      },
    );
    return entry.answer;
  };
  return {
    stats: (query) => compute(query, clock()),
    async answer(query) {
      const now = clock();
      const { from, to } = resolvePeriod(query, now);
      // The figures change when a report does (the epoch, raised by triggers in the writer's
      // transaction, in any process) or when the day does (targets pass, backlog ages grow).
      const key = JSON.stringify([from, to, query.category ?? null, query.unit ?? null, helsinkiDate(now)]);
      // Read before computing: a change committed meanwhile makes the next request recompute.
      const epoch = String((await db.selectFrom('feedback_stats_epoch').select('epoch').where('id', '=', 1).executeTakeFirst())?.epoch ?? '0');
      const cached = cache.get(key);
      const age = cached ? Date.now() - cached.at : Infinity;
      if (cached && cached.epoch === epoch && age < cacheMs) return cached.answer;
      if (cached?.settled && age < staleMs) {
        // Changed since, but recently computed: this answer now, the new one in the background
        // once this one is `refreshEveryMs` old.
        if (age >= refreshEveryMs) cached.refreshing ??= start(key, epoch, query, now, false).catch(() => undefined);
        return cached.settled;
      }
      return start(key, epoch, query, now, true);
    },
  };
}
