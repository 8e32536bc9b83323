/**
 * The response-time figures of GET /api/v1/feedback/stats from the counts kept per (measure,
 * day, category, unit, value) in `feedback_stats_days` (migration 0007, ADR 0043), not from the
 * reports: counts and target outcomes are sums over days of the period, the percentiles exact
 * order statistics of the per-day duration counts (found by a running sum in the database, only
 * the rows around each quantile leave it), the backlog and the weekly volumes counts per day.
 *
 * The counts describe the reports as they are stored, so they give the figures as of a moment
 * after every stored time. When a stored time lies after the moment asked for (a clock set back,
 * a test's fixed clock, a closing dated in the future), or a closing lies before its report's
 * receipt within the period, `statsFromDays` returns null and the figures are read from the
 * reports (stats.queries.ts). The result equals core's `computeFeedbackStats` over the same
 * reports (the reference, stats.reference.ts), tested in feedback-stats.days.test.ts.
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
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/database.types.js';
import type { StatsQueryInput } from './stats.queries.js';

type Kind = 'sqlite' | 'postgresql';

const QUANTILES = [0.5, 0.9] as const;

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
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = values?.get(lo);
  const b = values?.get(hi);
  if (a === undefined || b === undefined) throw new Error(`order statistic ${lo} or ${hi} of ${n} missing`);
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

/** The first day of [from, to] whose working-day number reaches `limit` (to + 1 if none): W is non-decreasing. */
function firstDayReaching(from: LocalDate, to: LocalDate, limit: number): LocalDate {
  let lo = 0;
  let hi = daysBetween(from, to) + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (workingDayNumber(addDays(from, mid)) >= limit) hi = mid;
    else lo = mid + 1;
  }
  return addDays(from, lo);
}

/** Whether any stored time lies after `nowIso`: then the counts (which hold every stored time) do not describe that moment. */
async function anyTimeAfter(db: Kysely<Database>, nowIso: string): Promise<boolean> {
  const probes = await Promise.all(
    (['created_at', 'first_answer_at', 'closed_at'] as const).map((column) =>
      db.selectFrom('feedback').select('id').where(column, '>', nowIso).limit(1).executeTakeFirst(),
    ),
  );
  return probes.some((row) => row !== undefined);
}

/**
 * Every duration class (feedback migration 0008: class 0 below a minute, 81 bounds above it).
 * Named in the reads of day rows by class, so that the index `(measure, cls, day, …)`, which
 * carries the class, serves a range of days as one short range per class and the rows are
 * never visited (PostgreSQL: an index-only scan instead of a bitmap heap scan of the key; at
 * 500,000 reports the 28 days at one end of a two-year period took 54 ms so, 25 ms this way).
 */
const ALL_CLASSES = Array.from({ length: 82 }, (_, cls) => cls);

/** The first day of the month after `day`'s. */
function nextMonthStart(day: LocalDate): LocalDate {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The counts per (measure f/c, category, unit, duration class) of the period: the months it
 * covers whole from `feedback_stats_classes`, the days before and after them (the period's two
 * ends, or all of it when it covers no month whole) from `feedback_stats_days`.
 */
async function classCounts(db: Kysely<Database>, input: StatsQueryInput) {
  const { from, to } = input;
  const firstWhole = from.endsWith('-01') ? from : nextMonthStart(from);
  const afterWhole = addDays(to, 1).endsWith('-01') ? addDays(to, 1) : `${to.slice(0, 7)}-01`;
  const ranges: [LocalDate, LocalDate][] = [];
  let months: [string, string] | null = null;
  if (firstWhole < afterWhole) {
    months = [firstWhole.slice(0, 7), addDays(afterWhole, -1).slice(0, 7)];
    if (from < firstWhole) ranges.push([from, addDays(firstWhole, -1)]);
    if (afterWhole <= to) ranges.push([afterWhole, to]);
  } else ranges.push([from, to]);
  const parts = ranges.map(([a, b]) => {
    let q = db.selectFrom('feedback_stats_days').where('measure', 'in', ['f', 'c']).where('cls', 'in', ALL_CLASSES).where('day', '>=', a).where('day', '<=', b);
    if (input.category !== undefined) q = q.where('category_id', '=', input.category);
    if (input.unit !== undefined) q = q.where('unit_id', '=', input.unit);
    return q.select(['measure', 'category_id', 'unit_id', 'cls', sql<number | string>`sum(n)`.as('n')]).groupBy(['measure', 'category_id', 'unit_id', 'cls']);
  });
  if (months !== null) {
    let q = db.selectFrom('feedback_stats_classes').where('measure', 'in', ['f', 'c']).where('month', '>=', months[0]).where('month', '<=', months[1]);
    if (input.category !== undefined) q = q.where('category_id', '=', input.category);
    if (input.unit !== undefined) q = q.where('unit_id', '=', input.unit);
    parts.push(q.select(['measure', 'category_id', 'unit_id', 'cls', sql<number | string>`sum(n)`.as('n')]).groupBy(['measure', 'category_id', 'unit_id', 'cls']) as never);
  }
  const [first, ...rest] = parts;
  let all = first!;
  for (const part of rest) all = all.unionAll(part);
  return all.execute();
}

/**
 * The figures from the kept counts, or null when they cannot give them exactly (see the top of
 * the file). `reports` is where the backlog of a past period is read (the counts hold the
 * backlog of today only).
 */
export async function statsFromDays(db: Kysely<Database>, kind: Kind, input: StatsQueryInput): Promise<FeedbackStats | null> {
  const { from, to, now, targetWorkingDays: target } = input;
  const { start, end } = periodInstants(from, to);
  const nowIso = now.toISOString();
  const asOf = new Date(Math.min(end.getTime(), now.getTime()));
  const asOfIso = asOf.toISOString();
  const today = helsinkiDate(now);
  if (await anyTimeAfter(db, nowIso)) return null;

  const days = () => {
    let q = db.selectFrom('feedback_stats_days').where('day', '>=', from).where('day', '<=', to);
    if (input.category !== undefined) q = q.where('category_id', '=', input.category);
    if (input.unit !== undefined) q = q.where('unit_id', '=', input.unit);
    return q;
  };
  // The same rows for the counts, whose GROUP BY SQLite's planner (with ANALYZE figures) spares a
  // sort by skip-scanning the other group's percentile index, `ANY(measure) AND ANY(unit_id) AND
  // ANY(cls)`: two years of one category over 500,000 reports took 92 ms so, 15 ms on the primary
  // key. A unary plus keeps a filter off the indexes (SQLite only: PostgreSQL has no `+` on text).
  const dayCounts = () => {
    if (kind !== 'sqlite') return days();
    let q = db.selectFrom('feedback_stats_days').where('day', '>=', from).where('day', '<=', to);
    if (input.category !== undefined) q = q.where(sql<string>`+category_id`, '=', input.category);
    if (input.unit !== undefined) q = q.where(sql<string>`+unit_id`, '=', input.unit);
    return q;
  };

  // An unanswered report is missed once today is past its deadline (stats.queries.ts): its day
  // of receipt d has workingDayNumber(d) < limit, i.e. d < the first day reaching the limit.
  const lateBefore =
    target >= 1 ? firstDayReaching(from, to, workingDayNumber(today) - (isWorkingDay(today) ? 1 : 0) + 1 - target) : today;
  // Two statements at a time (SQLite: two of the three reader threads; PostgreSQL: the reader
  // pool's two connections): the counts beside the class counts, the running sums in two
  // lanes, the weekly volumes beside the backlog.
  // Answered = received − not yet answered, closed = received − still open: the per-duration
  // rows are read only for the percentiles.
  const classRowsRead = classCounts(db, input);
  // Read beside the counts; awaited below (a failure of the counts must not leave it unhandled).
  classRowsRead.catch(() => undefined);
  const countRows = await dayCounts()
    .where('measure', 'in', ['r', 'u', 'o', target >= 1 ? 't' : 's'])
    .select([
      'category_id',
      'unit_id',
      'measure',
      sql<number | string>`sum(n)`.as('n'),
      sql<number | string>`sum(case when value <= ${target} then n else 0 end)`.as('within'),
      sql<number | string>`sum(case when day < ${lateBefore} then n else 0 end)`.as('late'),
    ])
    .groupBy(['category_id', 'unit_id', 'measure'])
    .execute();

  const perCombo = new Map<string, Counts & { categoryId: string; unitId: string; unanswered: number; open: number }>();
  for (const row of countRows) {
    const key = `${row.category_id}\u0000${row.unit_id}`;
    const c = perCombo.get(key) ?? { ...emptyCounts(), categoryId: row.category_id, unitId: row.unit_id, unanswered: 0, open: 0 };
    const n = Number(row.n);
    if (row.measure === 'r') c.received += n;
    else if (row.measure === 'o') c.open += n;
    else if (row.measure === 't') c.met += Number(row.within);
    else if (row.measure === 's') c.met += n;
    else if (row.measure === 'u') {
      c.unanswered += n;
      c.missed += Number(row.late);
    }
    perCombo.set(key, c);
  }
  for (const c of perCombo.values()) {
    c.answered = c.received - c.unanswered;
    c.closed = c.received - c.open;
  }
  const overall = emptyCounts();
  const byCategory = new Map<string, Counts>();
  const byUnit = new Map<string, Counts>();
  for (const c of perCombo.values()) {
    if (c.received === 0) continue;
    // Answered but not within the target are missed too.
    const counts: Counts = { received: c.received, answered: c.answered, closed: c.closed, met: c.met, missed: c.missed + c.answered - c.met };
    add(overall, counts);
    const cat = byCategory.get(c.categoryId) ?? emptyCounts();
    add(cat, counts);
    byCategory.set(c.categoryId, cat);
    if (c.unitId !== '') {
      const u = byUnit.get(c.unitId) ?? emptyCounts();
      add(u, counts);
      byUnit.set(c.unitId, u);
    }
  }

  // The order statistics around each quantile, per group (ADR 0045): the class of each wanted
  // rank from the counts per duration class (full months from `feedback_stats_classes`, the
  // days at the period's two ends from the day rows), then a running sum over the durations of
  // those classes only, and only the rows holding a wanted rank leave the database.
  const sizes = (groups: ReadonlyMap<string, Counts>, field: 'answered' | 'closed') =>
    new Map([...groups].map(([key, counts]) => [key, counts[field]] as const));
  const groupsOf = { all: new Map([['all', overall]]), category_id: byCategory, unit_id: byUnit } as const;
  // A filter on a category (a unit) makes that group the whole: its order statistics are the
  // overall ones, and are not looked for again.
  const sameAsAll = { category_id: input.category, unit_id: input.unit } as const;
  const groupSets = (['all', 'category_id', 'unit_id'] as const).filter((group) => group === 'all' || sameAsAll[group] === undefined);

  const classRows = await classRowsRead;
  // Counts per class, per measure, group set and group key.
  const perClass = new Map<string, Map<number, number>>();
  const bumpClass = (key: string, cls: number, n: number) => {
    const counts = perClass.get(key) ?? new Map<number, number>();
    counts.set(cls, (counts.get(cls) ?? 0) + n);
    perClass.set(key, counts);
  };
  for (const row of classRows) {
    const n = Number(row.n);
    if (n === 0) continue;
    const cls = Number(row.cls);
    bumpClass(`${row.measure}|all|all`, cls, n);
    bumpClass(`${row.measure}|category_id|${row.category_id}`, cls, n);
    if (row.unit_id !== '') bumpClass(`${row.measure}|unit_id|${row.unit_id}`, cls, n);
  }

  /** Per group key: each wanted rank's class and its offset within that class. */
  const placesOf = (group: 'all' | 'category_id' | 'unit_id', measure: 'f' | 'c', groupSizes: ReadonlyMap<string, number>) => {
    const places = new Map<string, Map<number, { cls: number; offset: number }>>();
    for (const [key, n] of groupSizes) {
      if (n === 0) continue;
      const counts = [...(perClass.get(`${measure}|${group}|${key}`) ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
      const total = counts.reduce((s, [, c]) => s + c, 0);
      // Written between the counts and the class counts: read again (keptFigures).
      if (total !== n) throw new Error(`order statistic classes of ${group} ${key} hold ${total}, not ${n}`);
      const ranks = [...new Set(QUANTILES.flatMap((p) => [Math.floor((n - 1) * p), Math.min(Math.floor((n - 1) * p) + 1, n - 1)]))];
      const at = new Map<number, { cls: number; offset: number }>();
      for (const rank of ranks) {
        let below = 0;
        for (const [cls, c] of counts) {
          if (rank < below + c) {
            at.set(rank, { cls, offset: rank - below });
            break;
          }
          below += c;
        }
      }
      places.set(key, at);
    }
    return places;
  };

  const orderStatistics = async (group: 'all' | 'category_id' | 'unit_id', measure: 'f' | 'c', groupSizes: ReadonlyMap<string, number>) => {
    const places = placesOf(group, measure, groupSizes);
    const out = new Map<string, Map<number, number>>();
    // One running sum per (group key, class): over PostgreSQL and SQLite alike each reads its
    // own rows on the index that begins with the group's column (feedback migration 0011), and
    // sorts only them. The overall group reads its classes on (measure, cls, day).
    const parts: RawBuilder<unknown>[] = [];
    const wanted: RawBuilder<unknown>[] = [];
    for (const [key, at] of places) {
      const own = new Map<number, Set<number>>();
      for (const { cls, offset } of at.values()) own.set(cls, (own.get(cls) ?? new Set()).add(offset));
      for (const [cls, offsets] of own) {
        let rows = days().where('measure', '=', measure).where('cls', '=', cls);
        if (group !== 'all') rows = rows.where(group, '=', key);
        const running = rows.select([
          sql<string>`cast(${key} as text)`.as('g'),
          'cls',
          'value',
          'n',
          sql<number>`sum(n) over (order by value rows between unbounded preceding and current row)`.as('cum'),
        ]);
        parts.push(sql`select * from (${running}) as ${sql.id(`p${parts.length}`)}`);
        const inRow = sql.join([...offsets].map((o) => sql`(cum - n <= ${sql.lit(o)} and ${sql.lit(o)} < cum)`), sql` or `);
        wanted.push(sql`(g = ${key} and cls = ${sql.lit(cls)} and (${inRow}))`);
      }
    }
    if (parts.length === 0) return out;
    const { rows: found } = await sql<{ g: string; cls: number; value: number; n: number | string; cum: number | string }>`
      select g, cls, value, n, cum from (${sql.join(parts, sql` union all `)}) as w where ${sql.join(wanted, sql` or `)}`.execute(db);
    for (const row of found) {
      const key = String(row.g);
      const cum = Number(row.cum);
      const below = cum - Number(row.n);
      const values = out.get(key) ?? new Map<number, number>();
      for (const [rank, { cls, offset }] of places.get(key) ?? []) {
        if (cls === Number(row.cls) && below <= offset && offset < cum) values.set(rank, Number(row.value));
      }
      out.set(key, values);
    }
    return out;
  };

  const statistics = new Map<string, Map<string, Map<number, number>>>();
  const work: (() => Promise<void>)[] = [];
  for (const group of groupSets) {
    for (const [measure, field] of [['f', 'answered'], ['c', 'closed']] as const) {
      work.push(async () => void statistics.set(`${group}:${measure}`, await orderStatistics(group, measure, sizes(groupsOf[group], field))));
    }
  }
  // Two at once: on SQLite two reader threads (the third stays for short reads), on PostgreSQL
  // the reader pool's two connections.
  let next = 0;
  const lane = async () => {
    while (next < work.length) await work[next++]!();
  };
  await Promise.all(Array.from({ length: 2 }, lane));
  for (const group of ['category_id', 'unit_id'] as const) {
    const key = sameAsAll[group];
    if (key === undefined) continue;
    for (const measure of ['f', 'c'] as const) statistics.set(`${group}:${measure}`, new Map([[key, statistics.get(`all:${measure}`)?.get('all') ?? new Map()]]));
  }

  // The backlog: open reports by day of receipt, as of now (the counts' `o`), or, for a
  // period that ended before today, from the reports open at its end. Read beside the volumes.
  const backlogRead = (async (): Promise<{ d: string | null; n: number | string }[]> => {
    if (asOf.getTime() === now.getTime()) {
      let q = db.selectFrom('feedback_stats_days').where('measure', '=', 'o').where('day', '<=', to);
      if (input.category !== undefined) q = q.where('category_id', '=', input.category);
      if (input.unit !== undefined) q = q.where('unit_id', '=', input.unit);
      return q.select(['day as d', sql<number | string>`sum(n)`.as('n')]).groupBy('day').execute();
    }
    let q = db
      .selectFrom('feedback')
      .where('created_at', '<', end.toISOString())
      .where('created_at', '<=', asOfIso)
      .where(sql<boolean>`(closed_at is null or closed_at > ${asOfIso})`)
      .where(sql<boolean>`(created_at >= ${start.toISOString()} or closed_at is null or closed_at >= ${start.toISOString()})`);
    if (input.category !== undefined) q = q.where('category_id', '=', input.category);
    if (input.unit !== undefined) q = q.where('unit_id', '=', input.unit);
    return q.select(['received_on as d', sql<number | string>`count(*)`.as('n')]).groupBy('received_on').execute();
  })();
  backlogRead.catch(() => undefined);

  // Weekly volumes: received per day of receipt, closed per day of closing.
  const volumeRows = await days()
    .where('measure', 'in', ['r', 'k'])
    .select(['measure', 'day', 'value', sql<number | string>`sum(n)`.as('n')])
    .groupBy(['measure', 'day', 'value'])
    .execute();
  const backlogRows = await backlogRead;
  // A closing before its report's day of receipt counts only if the report was received by the
  // end of the period: that, rare as it is, is read from the reports.
  if (volumeRows.some((row) => row.measure === 'k' && Number(row.value) !== 0 && Number(row.n) !== 0)) return null;

  const figures = (counts: Counts, group: string, key: string): GroupFigures => {
    const duration = (measure: 'f' | 'c', n: number): DurationFigures => {
      const values = statistics.get(`${group}:${measure}`)?.get(key);
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
      firstResponse: duration('f', counts.answered),
      close: duration('c', counts.closed),
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

  const asOfDay = helsinkiDate(asOf);
  const ageCounts = new Map<number, number>();
  let openCount = 0;
  for (const row of backlogRows) {
    const n = Number(row.n);
    if (n === 0) continue;
    const age = Math.max(0, daysBetween(String(row.d), asOfDay));
    ageCounts.set(age, (ageCounts.get(age) ?? 0) + n);
    openCount += n;
  }
  const sortedAges = [...ageCounts.entries()].sort((a, b) => a[0] - b[0]);

  const weeks = new Map<string, WeekVolume>();
  for (let monday = isoWeekStart(from); monday <= to; monday = addDays(monday, 7)) {
    weeks.set(isoWeekLabel(monday), { week: isoWeekLabel(monday), start: monday, received: 0, closed: 0 });
  }
  for (const row of volumeRows) {
    const n = Number(row.n);
    if (n === 0) continue;
    const week = weeks.get(isoWeekLabel(row.day));
    const field = row.measure === 'r' ? 'received' : 'closed';
    if (week) weeks.set(week.week, { ...week, [field]: week[field] + n });
  }

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
