import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * City scale (issue 13, ADR 0045). Exact percentiles without sorting every answered report of
 * the period: each duration (`f` and `c` rows of `feedback_stats_days`, migration 0007) falls in
 * one of 82 coarse classes (class 0 below one minute, then geometric steps of 1.2 from 60 s to
 * about four years), a column computed from the value by the database itself;
 *
 * - `feedback_stats_classes` keeps the counts per (measure, month, category, unit, class),
 *   kept by triggers on `feedback_stats_days` (so whoever changes a report moves them too);
 * - an index on `feedback_stats_days (measure, cls, day, …)` reads the exact durations of one
 *   class over a period.
 *
 * A percentile's rank is located in the class counts (the full months from the month table,
 * the days at the two ends from the day rows), then only the durations of that class are
 * sorted. Frozen: literal values only.
 */
const BOUNDS = [
  60, 72, 86, 104, 124, 149, 179, 215, 258, 310, 372, 446, 535, 642, 770, 924, 1109, 1331, 1597, 1917, 2300, 2760, 3312, 3975, 4770,
  5724, 6869, 8242, 9891, 11869, 14243, 17091, 20509, 24611, 29533, 35440, 42528, 51034, 61240, 73489, 88186, 105824, 126988, 152386,
  182863, 219436, 263323, 315987, 379185, 455022, 546026, 655232, 786278, 943533, 1132240, 1358688, 1630426, 1956511, 2347813, 2817376,
  3380851, 4057021, 4868425, 5842110, 7010532, 8412639, 10095167, 12114200, 14537040, 17444448, 20933337, 25120005, 30144006, 36172807,
  43407368, 52088842, 62506611, 75007933, 90009519, 108011423, 129613708,
] as const;

/** The class of `value`: the number of bounds at or below it (0 … 81). */
const CLASS_OF_VALUE = `case ${BOUNDS.map((b, i) => `when value < ${b} then ${i}`).join(' ')} else ${BOUNDS.length} end`;

const COUNTED_MEASURES = `('f', 'c')`;

function sqliteUpsert(row: 'new' | 'old', sign: '' | '-'): string {
  return `
  insert into feedback_stats_classes (measure, month, category_id, unit_id, cls, n)
  select ${row}.measure, substr(${row}.day, 1, 7), ${row}.category_id, ${row}.unit_id, ${row}.cls, ${sign}${row}.n
  where ${row}.measure in ${COUNTED_MEASURES}
  on conflict (measure, month, category_id, unit_id, cls) do update set n = n + excluded.n;`;
}

function postgresUpsert(row: 'new' | 'old', sign: '' | '-'): string {
  return `
      insert into feedback_stats_classes (measure, month, category_id, unit_id, cls, n)
      values (${row}.measure, left(${row}.day, 7), ${row}.category_id, ${row}.unit_id, ${row}.cls, ${sign}${row}.n)
      on conflict (measure, month, category_id, unit_id, cls) do update set n = feedback_stats_classes.n + excluded.n;`;
}

export const feedbackStatsClasses: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    if (postgres) {
      await sql.raw(`alter table feedback_stats_days add column cls smallint generated always as (${CLASS_OF_VALUE}) stored`).execute(db);
      await sql`create index feedback_stats_days_cls on feedback_stats_days (measure, cls, day) include (category_id, unit_id, value, n)`.execute(db);
    } else {
      await sql.raw(`alter table feedback_stats_days add column cls integer generated always as (${CLASS_OF_VALUE}) virtual`).execute(db);
      await sql`create index feedback_stats_days_cls on feedback_stats_days (measure, cls, day, category_id, unit_id, value, n)`.execute(db);
    }
    await sql`
      create table feedback_stats_classes (
        measure text not null,
        month text not null,
        category_id text not null,
        unit_id text not null,
        cls integer not null,
        n integer not null,
        constraint feedback_stats_classes_pk primary key (measure, month, category_id, unit_id, cls)${sql.raw(postgres ? ' include (n)' : '')}
      )${sql.raw(postgres ? '' : ' without rowid')}`.execute(db);
    await sql`
      insert into feedback_stats_classes (measure, month, category_id, unit_id, cls, n)
      select measure, substr(day, 1, 7), category_id, unit_id, cls, sum(n)
      from feedback_stats_days where measure in ('f', 'c')
      group by measure, substr(day, 1, 7), category_id, unit_id, cls`.execute(db);
    if (postgres) {
      await sql.raw(`
        create function feedback_stats_classes_change() returns trigger language plpgsql as $$
        begin
          if tg_op in ('UPDATE', 'DELETE') and old.measure in ${COUNTED_MEASURES} then ${postgresUpsert('old', '-')}
          end if;
          if tg_op in ('UPDATE', 'INSERT') and new.measure in ${COUNTED_MEASURES} then ${postgresUpsert('new', '')}
          end if;
          return null;
        end $$`).execute(db);
      await sql`
        create trigger feedback_stats_classes_change
        after insert or update or delete on feedback_stats_days
        for each row execute function feedback_stats_classes_change()`.execute(db);
    } else {
      await sql.raw(`
        create trigger feedback_stats_classes_insert after insert on feedback_stats_days when new.measure in ${COUNTED_MEASURES}
        begin ${sqliteUpsert('new', '')} end`).execute(db);
      await sql.raw(`
        create trigger feedback_stats_classes_delete after delete on feedback_stats_days when old.measure in ${COUNTED_MEASURES}
        begin ${sqliteUpsert('old', '-')} end`).execute(db);
      await sql.raw(`
        create trigger feedback_stats_classes_update after update on feedback_stats_days
        when old.measure in ${COUNTED_MEASURES} or new.measure in ${COUNTED_MEASURES}
        begin ${sqliteUpsert('old', '-')} ${sqliteUpsert('new', '')} end`).execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    if (postgres) {
      await sql`drop trigger feedback_stats_classes_change on feedback_stats_days`.execute(db);
      await sql`drop function feedback_stats_classes_change()`.execute(db);
    } else {
      for (const name of ['feedback_stats_classes_update', 'feedback_stats_classes_delete', 'feedback_stats_classes_insert']) {
        await sql`drop trigger ${sql.raw(name)}`.execute(db);
      }
    }
    await db.schema.dropTable('feedback_stats_classes').execute();
    await db.schema.dropIndex('feedback_stats_days_cls').execute();
    await sql`alter table feedback_stats_days drop column cls`.execute(db);
  },
};
