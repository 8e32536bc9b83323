/**
 * The per-report values the response-time figures are computed from in the database
 * (migration 0006): Helsinki dates, durations in seconds and working-day numbers, each
 * computed once per report with core's calendar instead of once per report per request.
 */
import { helsinkiDate, isWorkingDay, workingDayNumber } from '@kohtaamo/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';

/** Raise when the rules below change; rows of an older version must then be refilled. */
export const REPORT_TIMES_VERSION = 1;

export interface ReportTimesColumns {
  stats_version: number;
  received_on: string;
  received_wd: number;
  first_answer_at: string | null;
  first_answer_on: string | null;
  first_answer_seconds: number | null;
  first_answer_target_wd: number | null;
  closed_on: string | null;
  close_seconds: number | null;
}

const seconds = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

/** The same rule as core's response-times.logic.ts: a closing before any response answers first. */
const firstAnswer = (firstResponseAt: string | null, closedAt: string | null): string | null =>
  firstResponseAt === null ? closedAt : closedAt === null || firstResponseAt <= closedAt ? firstResponseAt : closedAt;

/** The derived values of one report's timestamps. */
export function reportTimesColumns(createdAt: string, firstResponseAt: string | null, closedAt: string | null): ReportTimesColumns {
  const receivedOn = helsinkiDate(createdAt);
  const receivedWd = workingDayNumber(receivedOn);
  const answer = firstAnswer(firstResponseAt, closedAt);
  const answerOn = answer === null ? null : helsinkiDate(answer);
  return {
    stats_version: REPORT_TIMES_VERSION,
    received_on: receivedOn,
    received_wd: receivedWd,
    first_answer_at: answer,
    first_answer_on: answerOn,
    first_answer_seconds: answer === null ? null : seconds(createdAt, answer),
    first_answer_target_wd:
      answerOn === null ? null : workingDayNumber(answerOn) - (isWorkingDay(answerOn) ? 1 : 0) - receivedWd + 1,
    closed_on: closedAt === null ? null : helsinkiDate(closedAt),
    close_seconds: closedAt === null ? null : seconds(createdAt, closedAt),
  };
}

const BATCH = 500;

/**
 * Fills the derived values of the reports that lack them (new rows, rows whose timestamps
 * changed: a trigger marks those), a batch at a time, yielding to the event loop between
 * batches. A row is written only if its timestamps are still the ones read, so a change made
 * meanwhile is never covered by values of the old times. Returns the rows filled.
 */
export async function refreshReportTimes(db: Kysely<Database>): Promise<number> {
  let filled = 0;
  const skipped = new Set<string>();
  for (;;) {
    let query = db.selectFrom('feedback').select(['id', 'created_at', 'first_response_at', 'closed_at']).where('stats_version', 'is', null);
    if (skipped.size > 0) query = query.where('id', 'not in', [...skipped]);
    const rows = await query.limit(BATCH).execute();
    if (rows.length === 0) return filled;
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        const result = await trx
          .updateTable('feedback')
          .set(reportTimesColumns(row.created_at, row.first_response_at, row.closed_at))
          .where('id', '=', row.id)
          .where('created_at', '=', row.created_at)
          .where(sql<boolean>`first_response_at is not distinct from ${row.first_response_at}`)
          .where(sql<boolean>`closed_at is not distinct from ${row.closed_at}`)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) filled++;
        else skipped.add(row.id); // changed meanwhile: the next call takes it with its new times
      }
    });
    if (skipped.size > 1000) return filled;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
