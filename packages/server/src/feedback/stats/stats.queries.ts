/**
 * The response-time figures of GET /api/v1/feedback/stats, computed in the database from the
 * per-report values of report-times.ts (migration 0006): counts and target outcomes by
 * GROUP BY, the order statistics the percentiles need by window functions (only the two
 * values around each quantile leave the database), the backlog and the weekly volumes by day.
 * What reaches JavaScript grows with the number of groups and days, never with the number of
 * reports. The result equals core's `computeFeedbackStats` over the same reports (the reference
 * in feedback-stats.reference.test.ts), to the last bit of every float.
 */
import {
  addDays,
  BACKLOG_BUCKETS,
  daysBetween,
  helsinkiDate,
  isoWeekLabel,
  isoWeekStart,
  isWorkingDay,
  PERCENTILE_METHOD,
  periodInstants,
  workingDayNumber,
  type DurationFigures,
  type FeedbackStats,
  type GroupFigures,
  type LocalDate,
  type LocalizedName,
  type NamedGroupFigures,
  type WeekVolume,
} from '@kohtaamo/core';
import { sql, type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/database.types.js';

export interface StatsQueryInput {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly now: Date;
  readonly targetWorkingDays: number;
  readonly category?: string | undefined;
  readonly unit?: string | undefined;
  readonly categories: ReadonlyMap<string, LocalizedName>;
  readonly units: ReadonlyMap<string, LocalizedName>;
}

type Kind = 'sqlite' | 'postgresql';
type FeedbackQuery = SelectQueryBuilder<Database, 'feedback', object>;

const QUANTILES = [0.5, 0.9] as const;
const STATEMENTS_AT_ONCE = 2;

async function runAtMost(limit: number, work: readonly (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < work.length) await work[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, work.length) }, lane));
}

/** Thrown when the counts and the order statistics were read from different states of the table. */
class ChangedMeanwhile extends Error {}

interface Counts {
  received: number;
  answered: number;
  closed: number;
  met: number;
  missed: number;
}

const emptyCounts = (): Counts => ({ received: 0, answered: 0, closed: 0, met: 0, missed: 0 });

function add(into: Counts, row: Counts): void {
  into.received += row.received;
  into.answered += row.answered;
  into.closed += row.closed;
  into.met += row.met;
  into.missed += row.missed;
}

/** Q(p) (Hyndman & Fan 7, as core's percentile.ts) from the order statistics fetched. */
function quantileOf(values: ReadonlyMap<number, number> | undefined, n: number, p: number): number | null {
  if (n === 0 || values === undefined) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = values.get(lo);
  const b = values.get(hi);
  if (a === undefined || b === undefined) throw new ChangedMeanwhile(`order statistic ${lo} or ${hi} of ${n} missing`);
  return a + (h - lo) * (b - a);
}

/** Q(p) of integer values given as (value, count) pairs in ascending order of value. */
function quantileOfCounts(sorted: readonly (readonly [number, number])[], n: number, p: number): number | null {
  if (n === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (index < seen) return value;
    }
    throw new Error('index out of range');
  };
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = at(lo);
  return a + (h - lo) * (at(hi) - a);
}

/**
 * The figures. Its statements run outside one transaction (on SQLite over reader threads), so
 * a report written between the counts and the order statistics can make them disagree: then
 * it reads again (a write that lands between two statements cannot do so every time).
 */
export async function statsFromDatabase(db: Kysely<Database>, kind: Kind, input: StatsQueryInput): Promise<FeedbackStats> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statsOnce(db, kind, input);
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile) || attempt >= 5) throw error;
    }
  }
}

async function statsOnce(db: Kysely<Database>, kind: Kind, input: StatsQueryInput): Promise<FeedbackStats> {
  const { from, to, now, targetWorkingDays: target } = input;
  const { start, end } = periodInstants(from, to);
  const startIso = start.toISOString();
  const endIso = end.toISOString();
  const nowIso = now.toISOString();
  const asOf = new Date(Math.min(end.getTime(), now.getTime()));
  const asOfIso = asOf.toISOString();
  const today = helsinkiDate(now);

  const filtered = (q: FeedbackQuery): FeedbackQuery => {
    let out = q;
    if (input.category !== undefined) out = out.where('category_id', '=', input.category);
    if (input.unit !== undefined) out = out.where('unit_id', '=', input.unit);
    return out;
  };
  // The reports received in the period, as the reference's `inPeriod`.
  const inPeriod = (): FeedbackQuery =>
    filtered(db.selectFrom('feedback').where('created_at', '>=', startIso).where('created_at', '<', endIso).where('created_at', '<=', nowIso) as FeedbackQuery);

  // The target rule (see core's workingDayNumber): answered on day d is within n ≥ 1 working
  // days of receipt when first_answer_target_wd ≤ n; unanswered is missed once today is past
  // the deadline, when received_wd < workingDaysBefore(today) + 1 − n.
  const answered = sql<SqlBool>`first_answer_at <= ${nowIso}`;
  const met =
    target >= 1 ? sql<SqlBool>`first_answer_target_wd <= ${target}` : sql<SqlBool>`first_answer_on <= received_on`;
  const late =
    target >= 1
      ? sql<SqlBool>`received_wd < ${workingDayNumber(today) - (isWorkingDay(today) ? 1 : 0) + 1 - target}`
      : sql<SqlBool>`received_on < ${today}`;

  const countsQuery = inPeriod()
    .select([
      'category_id',
      'unit_id',
      sql<number | string>`count(*)`.as('received'),
      sql<number | string>`sum(case when ${answered} then 1 else 0 end)`.as('answered'),
      sql<number | string>`sum(case when closed_at <= ${nowIso} then 1 else 0 end)`.as('closed'),
      sql<number | string>`sum(case when ${answered} then (case when ${met} then 1 else 0 end) else 0 end)`.as('met'),
      sql<number | string>`sum(case when ${answered} then (case when ${met} then 0 else 1 end) when ${late} then 1 else 0 end)`.as('missed'),
    ])
    .groupBy(['category_id', 'unit_id']);

  /**
   * The order statistics around each quantile of one duration, per group: the sizes come from
   * the counts, so only one window (a sort by group and value) is needed.
   */
  const orderStatistics = async (
    group: 'all' | 'category_id' | 'unit_id',
    measure: 'first_answer_seconds' | 'close_seconds',
    sizes: ReadonlyMap<string, number>,
  ) => {
    const reached = measure === 'first_answer_seconds' ? answered : sql<SqlBool>`closed_at <= ${nowIso}`;
    const g = group === 'all' ? sql<string>`'all'` : sql<string>`${sql.ref(group)}`;
    const wanted: RawBuilder<SqlBool>[] = [];
    for (const [key, n] of sizes) {
      if (n === 0) continue;
      const indexes = new Set(QUANTILES.flatMap((p) => [Math.floor((n - 1) * p), Math.min(Math.floor((n - 1) * p) + 1, n - 1)]));
      const list = sql.join([...indexes].map((i) => sql.lit(i)));
      wanted.push(group === 'all' ? sql<SqlBool>`i in (${list})` : sql<SqlBool>`(g = ${key} and i in (${list}))`);
    }
    if (wanted.length === 0) return [];
    let inner = inPeriod()
      .where(reached)
      .select([
        g.as('g'),
        sql<number>`${sql.ref(measure)}`.as('v'),
        sql<number>`row_number() over (partition by ${g} order by ${sql.ref(measure)}) - 1`.as('i'),
      ]);
    if (group === 'unit_id') inner = inner.where('unit_id', 'is not', null);
    return db
      .selectFrom(inner.as('t'))
      .select(['g', 'v', 'i'])
      .where(({ or }) => or(wanted as Expression<SqlBool>[]))
      .execute();
  };

  const open = sql<SqlBool>`(closed_at is null or closed_at > ${asOfIso})`;
  const backlogQuery = filtered(
    db
      .selectFrom('feedback')
      .where('created_at', '<', endIso)
      .where('created_at', '<=', asOfIso)
      .where(open)
      .where(sql<SqlBool>`(created_at >= ${startIso} or closed_at is null or closed_at >= ${startIso})`) as FeedbackQuery,
  )
    .select(['received_on as d', sql<number | string>`count(*)`.as('n')])
    .groupBy('received_on');
  const receivedByDay = filtered(
    db.selectFrom('feedback').where('created_at', '>=', startIso).where('created_at', '<', endIso) as FeedbackQuery,
  )
    .select(['received_on as d', sql<number | string>`count(*)`.as('n')])
    .groupBy('received_on');
  const closedByDay = filtered(
    db
      .selectFrom('feedback')
      .where('closed_at', '>=', startIso)
      .where('closed_at', '<', endIso)
      .where('closed_at', '<=', nowIso)
      .where('created_at', '<', endIso) as FeedbackQuery,
  )
    .select(['closed_on as d', sql<number | string>`count(*)`.as('n')])
    .groupBy('closed_on');

  const countRows = await countsQuery.execute();
  // Counts per group.
  const overall = emptyCounts();
  const byCategory = new Map<string, Counts>();
  const byUnit = new Map<string, Counts>();
  for (const row of countRows) {
    const counts: Counts = {
      received: Number(row.received),
      answered: Number(row.answered),
      closed: Number(row.closed),
      met: Number(row.met),
      missed: Number(row.missed),
    };
    add(overall, counts);
    const c = byCategory.get(row.category_id) ?? emptyCounts();
    add(c, counts);
    byCategory.set(row.category_id, c);
    if (row.unit_id !== null) {
      const u = byUnit.get(row.unit_id) ?? emptyCounts();
      add(u, counts);
      byUnit.set(row.unit_id, u);
    }
  }

  const sizes = (groups: ReadonlyMap<string, Counts>, field: 'answered' | 'closed') =>
    new Map([...groups].map(([key, counts]) => [key, counts[field]] as const));
  const groupsOf = { all: new Map([['all', overall]]), category_id: byCategory, unit_id: byUnit } as const;
  type StatisticsRows = Awaited<ReturnType<typeof orderStatistics>>;
  const stats = new Map<string, StatisticsRows>();
  const work: (() => Promise<void>)[] = [];
  for (const group of ['all', 'category_id', 'unit_id'] as const) {
    for (const [measure, field] of [['first_answer_seconds', 'answered'], ['close_seconds', 'closed']] as const) {
      work.push(async () => void stats.set(`${group}:${measure}`, await orderStatistics(group, measure, sizes(groupsOf[group], field))));
    }
  }
  let backlogRows: Awaited<ReturnType<typeof backlogQuery.execute>> = [];
  let receivedRows: Awaited<ReturnType<typeof receivedByDay.execute>> = [];
  let closedRows: Awaited<ReturnType<typeof closedByDay.execute>> = [];
  work.push(async () => void (backlogRows = await backlogQuery.execute()));
  work.push(async () => void (receivedRows = await receivedByDay.execute()));
  work.push(async () => void (closedRows = await closedByDay.execute()));
  // One at a time on SQLite (the other reader thread stays free for short reads), a few on
  // PostgreSQL over the pool, which one request must not take whole.
  await runAtMost(kind === 'sqlite' ? 1 : STATEMENTS_AT_ONCE, work);

  const valuesOf = (group: string, measure: string) => {
    const out = new Map<string, Map<number, number>>();
    for (const row of stats.get(`${group}:${measure}`) ?? []) {
      const key = String(row.g);
      const values = out.get(key) ?? new Map<number, number>();
      values.set(Number(row.i), Number(row.v));
      out.set(key, values);
    }
    return out;
  };
  const figures = (counts: Counts, group: string, key: string): GroupFigures => {
    const duration = (measure: string, n: number): DurationFigures => {
      const values = valuesOf(group, measure).get(key);
      return {
        count: n,
        open: counts.received - n,
        medianSeconds: quantileOf(values, n, 0.5),
        p90Seconds: quantileOf(values, n, 0.9),
      };
    };
    const settled = counts.met + counts.missed;
    return {
      received: counts.received,
      firstResponse: duration('first_answer_seconds', counts.answered),
      close: duration('close_seconds', counts.closed),
      withinTarget: {
        met: counts.met,
        missed: counts.missed,
        pending: counts.received - settled,
        share: settled === 0 ? null : counts.met / settled,
      },
    };
  };
  const named = (groups: Map<string, Counts>, group: string, names: ReadonlyMap<string, LocalizedName>): NamedGroupFigures[] =>
    [...groups.entries()]
      .map(([id, counts]) => ({ id, name: names.get(id) ?? { fi: id, sv: id, en: id }, ...figures(counts, group, id) }))
      .sort((a, b) => b.received - a.received || a.id.localeCompare(b.id));

  // The backlog: open reports by day of receipt, ages from the day counts.
  const asOfDay = helsinkiDate(asOf);
  const ageCounts = new Map<number, number>();
  let openCount = 0;
  for (const row of backlogRows) {
    const age = Math.max(0, daysBetween(String(row.d), asOfDay));
    const n = Number(row.n);
    ageCounts.set(age, (ageCounts.get(age) ?? 0) + n);
    openCount += n;
  }
  const sortedAges = [...ageCounts.entries()].sort((a, b) => a[0] - b[0]);

  // Weekly volumes.
  const weeks = new Map<string, WeekVolume>();
  for (let monday = isoWeekStart(from); monday <= to; monday = addDays(monday, 7)) {
    weeks.set(isoWeekLabel(monday), { week: isoWeekLabel(monday), start: monday, received: 0, closed: 0 });
  }
  const bump = (rows: readonly { d: string | null; n: number | string }[], field: 'received' | 'closed') => {
    for (const row of rows) {
      const date = String(row.d);
      if (date < from || date > to) continue;
      const week = weeks.get(isoWeekLabel(date));
      if (week) weeks.set(week.week, { ...week, [field]: week[field] + Number(row.n) });
    }
  };
  bump(receivedRows, 'received');
  bump(closedRows, 'closed');

  return {
    period: { from, to },
    filters: { category: input.category ?? null, unit: input.unit ?? null },
    generatedAt: nowIso,
    targetWorkingDays: target,
    percentileMethod: PERCENTILE_METHOD,
    overall: figures(overall, 'all', 'all'),
    byCategory: named(byCategory, 'category_id', input.categories),
    byUnit: named(byUnit, 'unit_id', input.units),
    backlog: {
      asOf: asOfIso,
      open: openCount,
      medianAgeDays: quantileOfCounts(sortedAges, openCount, 0.5),
      oldestAgeDays: sortedAges.length === 0 ? null : sortedAges[sortedAges.length - 1]![0],
      buckets: BACKLOG_BUCKETS.map(([minDays, maxDays]) => ({
        minDays,
        maxDays,
        count: sortedAges.filter(([a]) => a >= minDays && (maxDays === null || a <= maxDays)).reduce((s, [, n]) => s + n, 0),
      })),
    },
    weeks: [...weeks.values()],
  };
}
