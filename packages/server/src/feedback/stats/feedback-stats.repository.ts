import {
  computeFeedbackStats,
  defaultPeriod,
  periodInstants,
  type FeedbackStats,
  type FeedbackStatsQuery,
  type LocalizedName,
  type ReportTimes,
} from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';

export interface FeedbackStatsRepository {
  stats(query: FeedbackStatsQuery): Promise<FeedbackStats>;
}

export interface FeedbackStatsOptions {
  readonly targetWorkingDays: number;
  readonly clock?: () => Date;
}

/**
 * Reads the timestamps the figures need (never a text or a contact column) and hands them to
 * core's pure `computeFeedbackStats`.
 */
export function createFeedbackStatsRepository(db: Kysely<Database>, options: FeedbackStatsOptions): FeedbackStatsRepository {
  const clock = options.clock ?? (() => new Date());
  return {
    async stats(query) {
      const now = clock();
      const fallback = defaultPeriod(now);
      const from = query.from ?? (query.to !== undefined && query.to < fallback.from ? query.to : fallback.from);
      const to = query.to ?? (query.from !== undefined && query.from > fallback.to ? query.from : fallback.to);
      const { start, end } = periodInstants(from, to);
      const startIso = start.toISOString();
      // The period's reports, and older ones not closed before it began (the backlog).
      let select = db
        .selectFrom('feedback')
        .select(['category_id', 'unit_id', 'created_at', 'first_response_at', 'closed_at'])
        .where('created_at', '<', end.toISOString())
        .where((eb) =>
          eb.or([eb('created_at', '>=', startIso), eb('closed_at', 'is', null), eb('closed_at', '>=', startIso)]),
        );
      if (query.category !== undefined) select = select.where('category_id', '=', query.category);
      if (query.unit !== undefined) select = select.where('unit_id', '=', query.unit);
      const [rows, categories, units] = await Promise.all([
        select.execute(),
        db.selectFrom('feedback_categories').select(['id', 'name_fi', 'name_sv', 'name_en']).execute(),
        db.selectFrom('units').select(['id', 'name_fi', 'name_sv', 'name_en']).execute(),
      ]);
      const names = (list: { id: string; name_fi: string; name_sv: string; name_en: string }[]) =>
        new Map<string, LocalizedName>(list.map((r) => [r.id, { fi: r.name_fi, sv: r.name_sv, en: r.name_en }]));
      const reports: ReportTimes[] = rows.map((r) => ({
        categoryId: r.category_id,
        unitId: r.unit_id,
        createdAt: r.created_at,
        firstResponseAt: r.first_response_at,
        closedAt: r.closed_at,
      }));
      return computeFeedbackStats({
        reports,
        from,
        to,
        now,
        targetWorkingDays: options.targetWorkingDays,
        categories: names(categories),
        units: names(units),
        filters: { category: query.category, unit: query.unit },
      });
    },
  };
}
