/**
 * Response-time figures of feedback, as pure functions of the reports' timestamps.
 *
 * - Cohort: the figures of a period are about the reports RECEIVED in it (local dates in
 *   Helsinki, both ends included). Their first response or closing may come later.
 * - Censoring: a report not yet answered is not silently dropped. Its time is unknown (only
 *   known to be longer than its age), so it is left out of the median and p90 and counted in
 *   `open` beside them; in the share within target it is `missed` once past the target and
 *   `pending` until then.
 * - Percentiles: Hyndman & Fan (1996) definition 7, see percentile.ts.
 * - Working days: Monday–Friday minus Finnish public holidays, in Europe/Helsinki, see
 *   calendar/helsinki-calendar.ts. The day of receipt is day 0; within a target of 5 working days means
 *   answered by the end of the 5th working day after the day of receipt.
 */
import {
  addDays,
  addWorkingDays,
  daysBetween,
  helsinkiDate,
  helsinkiStartOfDay,
  isoWeekLabel,
  isoWeekStart,
  workingDaysBetween,
  type LocalDate,
} from '../../calendar/helsinki-calendar.js';
import type {
  Backlog,
  DurationFigures,
  FeedbackStats,
  GroupFigures,
  NamedGroupFigures,
  TargetFigures,
  WeekVolume,
} from './feedback-stats.schema.js';
import type { ReportResponseTime } from '../feedback-response-time.schema.js';
import { median, PERCENTILE_METHOD, quantile } from '../../signals/percentile.js';

/** The timestamps of one report the figures need: no text, no contact details. */
export interface ReportTimes {
  readonly categoryId: string;
  readonly unitId: string | null;
  /** ISO 8601 instants. */
  readonly createdAt: string;
  readonly firstResponseAt: string | null;
  readonly closedAt: string | null;
}

export interface LocalizedName {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

export interface StatsInput {
  /** Reports received in the period, and older ones still open at its end (for the backlog). */
  readonly reports: readonly ReportTimes[];
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly now: Date;
  readonly targetWorkingDays: number;
  readonly categories: ReadonlyMap<string, LocalizedName>;
  readonly units: ReadonlyMap<string, LocalizedName>;
  readonly filters?: { readonly category?: string | undefined; readonly unit?: string | undefined };
}

/** Backlog age groups in calendar days. */
export const BACKLOG_BUCKETS: readonly (readonly [number, number | null])[] = [
  [0, 2],
  [3, 7],
  [8, 14],
  [15, 30],
  [31, null],
];

const DEFAULT_WEEKS = 12;

/** The default period: the 12 ISO weeks up to and including today (Helsinki). */
export function defaultPeriod(now: Date): { from: LocalDate; to: LocalDate } {
  const to = helsinkiDate(now);
  return { from: addDays(isoWeekStart(to), -7 * (DEFAULT_WEEKS - 1)), to };
}

/** The instants a period of local dates covers: [start, end). */
export function periodInstants(from: LocalDate, to: LocalDate): { start: Date; end: Date } {
  return { start: helsinkiStartOfDay(from), end: helsinkiStartOfDay(addDays(to, 1)) };
}

/** A closing is an answer too: a report closed with no earlier response was first answered then. */
const firstAnswer = (r: Pick<ReportTimes, 'firstResponseAt' | 'closedAt'>): string | null =>
  r.firstResponseAt === null ? r.closedAt : r.closedAt === null || r.firstResponseAt <= r.closedAt ? r.firstResponseAt : r.closedAt;

const seconds = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

/** An instant counts as happened at `asOf` only if it is not later. */
const reached = (at: string | null, asOf: Date): at is string => at !== null && Date.parse(at) <= asOf.getTime();

function durations(reports: readonly ReportTimes[], pick: (r: ReportTimes) => string | null, asOf: Date): DurationFigures {
  const values: number[] = [];
  let open = 0;
  for (const r of reports) {
    const at = pick(r);
    if (reached(at, asOf)) values.push(seconds(r.createdAt, at));
    else open++;
  }
  return { count: values.length, open, medianSeconds: median(values), p90Seconds: quantile(values, 0.9) };
}

/** Whether one report's first response met the target, or null while it still may. */
export function metTarget(
  r: Pick<ReportTimes, 'createdAt' | 'firstResponseAt' | 'closedAt'>,
  targetWorkingDays: number,
  asOf: Date,
): boolean | null {
  const received = helsinkiDate(r.createdAt);
  const deadline = addWorkingDays(received, targetWorkingDays);
  const answer = firstAnswer(r);
  if (reached(answer, asOf)) return helsinkiDate(answer) <= deadline;
  return helsinkiDate(asOf) > deadline ? false : null;
}

function targetFigures(reports: readonly ReportTimes[], targetWorkingDays: number, asOf: Date): TargetFigures {
  let met = 0;
  let missed = 0;
  let pending = 0;
  for (const r of reports) {
    const outcome = metTarget(r, targetWorkingDays, asOf);
    if (outcome === true) met++;
    else if (outcome === false) missed++;
    else pending++;
  }
  const settled = met + missed;
  return { met, missed, pending, share: settled === 0 ? null : met / settled };
}

export function groupFigures(reports: readonly ReportTimes[], targetWorkingDays: number, asOf: Date): GroupFigures {
  return {
    received: reports.length,
    firstResponse: durations(reports, firstAnswer, asOf),
    close: durations(reports, (r) => r.closedAt, asOf),
    withinTarget: targetFigures(reports, targetWorkingDays, asOf),
  };
}

function grouped(
  reports: readonly ReportTimes[],
  key: (r: ReportTimes) => string | null,
  names: ReadonlyMap<string, LocalizedName>,
  targetWorkingDays: number,
  asOf: Date,
): NamedGroupFigures[] {
  const groups = new Map<string, ReportTimes[]>();
  for (const r of reports) {
    const k = key(r);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.entries()]
    .map(([id, list]) => ({
      id,
      name: names.get(id) ?? { fi: id, sv: id, en: id },
      ...groupFigures(list, targetWorkingDays, asOf),
    }))
    .sort((a, b) => b.received - a.received || a.id.localeCompare(b.id));
}

/** Open reports at `asOf` (received by then, not closed by then) and their ages. */
export function backlog(reports: readonly ReportTimes[], asOf: Date): Backlog {
  const today = helsinkiDate(asOf);
  const ages: number[] = [];
  for (const r of reports) {
    if (Date.parse(r.createdAt) > asOf.getTime() || reached(r.closedAt, asOf)) continue;
    ages.push(Math.max(0, daysBetween(helsinkiDate(r.createdAt), today)));
  }
  return {
    asOf: asOf.toISOString(),
    open: ages.length,
    medianAgeDays: median(ages),
    oldestAgeDays: ages.length === 0 ? null : Math.max(...ages),
    buckets: BACKLOG_BUCKETS.map(([minDays, maxDays]) => ({
      minDays,
      maxDays,
      count: ages.filter((a) => a >= minDays && (maxDays === null || a <= maxDays)).length,
    })),
  };
}

/** Reports received and closed per ISO week of the period, weeks with none included. */
export function weeklyVolume(reports: readonly ReportTimes[], from: LocalDate, to: LocalDate, asOf: Date): WeekVolume[] {
  const weeks = new Map<string, WeekVolume>();
  for (let monday = isoWeekStart(from); monday <= to; monday = addDays(monday, 7)) {
    weeks.set(isoWeekLabel(monday), { week: isoWeekLabel(monday), start: monday, received: 0, closed: 0 });
  }
  const bump = (date: LocalDate, field: 'received' | 'closed') => {
    if (date < from || date > to) return;
    const week = weeks.get(isoWeekLabel(date));
    if (week) weeks.set(week.week, { ...week, [field]: week[field] + 1 });
  };
  for (const r of reports) {
    bump(helsinkiDate(r.createdAt), 'received');
    if (reached(r.closedAt, asOf)) bump(helsinkiDate(r.closedAt), 'closed');
  }
  return [...weeks.values()];
}

/** All the figures of a period, as served by GET /api/v1/feedback/stats. */
export function computeFeedbackStats(input: StatsInput): FeedbackStats {
  const { from, to, now, targetWorkingDays } = input;
  const { start, end } = periodInstants(from, to);
  const asOf = new Date(Math.min(end.getTime(), now.getTime()));
  const category = input.filters?.category;
  const unit = input.filters?.unit;
  const matching = input.reports.filter(
    (r) => (category === undefined || r.categoryId === category) && (unit === undefined || r.unitId === unit),
  );
  const inPeriod = matching.filter((r) => {
    const t = Date.parse(r.createdAt);
    return t >= start.getTime() && t < end.getTime() && t <= now.getTime();
  });
  return {
    period: { from, to },
    filters: { category: category ?? null, unit: unit ?? null },
    generatedAt: now.toISOString(),
    targetWorkingDays,
    percentileMethod: PERCENTILE_METHOD,
    // The reports of the period, with what is known of them now (answers may come later)…
    overall: groupFigures(inPeriod, targetWorkingDays, now),
    byCategory: grouped(inPeriod, (r) => r.categoryId, input.categories, targetWorkingDays, now),
    byUnit: grouped(inPeriod, (r) => r.unitId, input.units, targetWorkingDays, now),
    // …and the backlog as it stood at the end of the period (or now, if that is earlier).
    backlog: backlog(matching, asOf),
    weeks: weeklyVolume(matching, from, to, now),
  };
}

/** One report's response time, for its public status answer. */
export function reportResponseTime(
  r: Pick<ReportTimes, 'createdAt' | 'firstResponseAt' | 'closedAt'>,
  targetWorkingDays: number,
  now: Date,
): ReportResponseTime {
  const answer = firstAnswer(r);
  const first = reached(answer, now) ? answer : null;
  const closed = reached(r.closedAt, now) ? r.closedAt : null;
  return {
    firstResponseSeconds: first === null ? null : seconds(r.createdAt, first),
    closeSeconds: closed === null ? null : seconds(r.createdAt, closed),
    firstResponseWorkingDays: first === null ? null : workingDaysBetween(helsinkiDate(r.createdAt), helsinkiDate(first)),
    targetWorkingDays,
    withinTarget: metTarget(r, targetWorkingDays, now),
  };
}
