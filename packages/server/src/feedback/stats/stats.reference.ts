/**
 * The response-time figures as they were computed before issue 13: every report of the period
 * and the backlog read into JavaScript and handed to core's `computeFeedbackStats`. Kept as the
 * reference the database computation (stats.queries.ts) is tested and benchmarked against;
 * never used to answer a request.
 */
import { computeFeedbackStats, periodInstants, type FeedbackStats, type LocalDate, type ReportTimes } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { groupNames } from './feedback-stats.repository.js';

export async function referenceStats(
  db: Kysely<Database>,
  input: { from: LocalDate; to: LocalDate; now: Date; targetWorkingDays: number; category?: string | undefined; unit?: string | undefined },
): Promise<FeedbackStats> {
  const { start, end } = periodInstants(input.from, input.to);
  const startIso = start.toISOString();
  let select = db
    .selectFrom('feedback')
    .select(['category_id', 'unit_id', 'created_at', 'first_response_at', 'closed_at'])
    .where('created_at', '<', end.toISOString())
    .where((eb) => eb.or([eb('created_at', '>=', startIso), eb('closed_at', 'is', null), eb('closed_at', '>=', startIso)]));
  if (input.category !== undefined) select = select.where('category_id', '=', input.category);
  if (input.unit !== undefined) select = select.where('unit_id', '=', input.unit);
  const [rows, names] = await Promise.all([select.execute(), groupNames(db)]);
  const reports: ReportTimes[] = rows.map((r) => ({
    categoryId: r.category_id,
    unitId: r.unit_id,
    createdAt: r.created_at,
    firstResponseAt: r.first_response_at,
    closedAt: r.closed_at,
  }));
  return computeFeedbackStats({
    reports,
    from: input.from,
    to: input.to,
    now: input.now,
    targetWorkingDays: input.targetWorkingDays,
    categories: names.categories,
    units: names.units,
    filters: { category: input.category, unit: input.unit },
  });
}
