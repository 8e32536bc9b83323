import { defaultPeriod, type FeedbackStats, type FeedbackStatsQuery, type LocalizedName } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { refreshReportTimes } from './report-times.js';
import { statsFromDatabase } from './stats.queries.js';

export interface FeedbackStatsRepository {
  stats(query: FeedbackStatsQuery): Promise<FeedbackStats>;
}

export interface FeedbackStatsOptions {
  readonly targetWorkingDays: number;
  readonly clock?: () => Date;
  readonly kind: 'sqlite' | 'postgresql';
  /**
   * Where the long read-only queries run: on SQLite a connection in a worker thread, so the
   * event loop never waits for them; by default the main database.
   */
  readonly reader?: Kysely<Database>;
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
 * The response-time figures, computed in the database (stats.queries.ts) from the per-report
 * values of report-times.ts, which are filled first for the reports that lack them.
 */
export function createFeedbackStatsRepository(db: Kysely<Database>, options: FeedbackStatsOptions): FeedbackStatsRepository {
  const clock = options.clock ?? (() => new Date());
  const reader = options.reader ?? db;
  return {
    async stats(query) {
      const now = clock();
      const { from, to } = resolvePeriod(query, now);
      await refreshReportTimes(db);
      const names = await groupNames(db);
      return statsFromDatabase(reader, options.kind, {
        from,
        to,
        now,
        targetWorkingDays: options.targetWorkingDays,
        category: query.category,
        unit: query.unit,
        ...names,
      });
    },
  };
}
