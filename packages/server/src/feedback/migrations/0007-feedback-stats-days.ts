import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * City scale (issue 13, ADR 0043). The response-time figures are read from counts kept per
 * (measure, day, category, unit, value) instead of from the reports, so a stats answer reads
 * rows that grow with days × categories × units (× distinct durations for the percentiles),
 * never with the whole history of reports:
 *
 * - `r` received, `u` not yet answered, `o` still open: value 0, day = day of receipt;
 * - `f` first answer, `c` closing: value = the duration in seconds exactly as stored in
 *   `first_answer_seconds` / `close_seconds` (so medians and p90 are exact order statistics);
 * - `t` first answer: value = `first_answer_target_wd` (met within n working days ⇔ value ≤ n);
 * - `s` first answer on the day of receipt (the target of 0 working days): value 0;
 * - `k` closing: day = day of closing, value 1 when it lies before the day of receipt (a row
 *   the figures then read from the reports), else 0.
 *
 * A report counts from the moment its derived values (migration 0006) are filled
 * (`stats_version` not null) until they are cleared or it is deleted: triggers add and take
 * away its counts in the transaction that changes it, whoever changes it (handlers, retention,
 * moves to another unit, reopenings). The counts of existing reports are filled below.
 * Frozen: literal values only.
 */
const POSTGRES_CONTRIBUTION = `
  insert into feedback_stats_days (measure, day, category_id, unit_id, value, n)
  select x.m, x.d, p_category, coalesce(p_unit, ''), x.v, p_sign from (values
    ('r', p_received_on, 0::double precision, true),
    ('u', p_received_on, 0, p_first_on is null),
    ('o', p_received_on, 0, p_closed_on is null),
    ('f', p_received_on, p_first_seconds, p_first_on is not null),
    ('t', p_received_on, p_target_wd::double precision, p_target_wd is not null),
    ('s', p_received_on, 0, p_first_on is not null and p_first_on <= p_received_on),
    ('c', p_received_on, p_close_seconds, p_closed_on is not null),
    ('k', p_closed_on, case when p_closed_on < p_received_on then 1 else 0 end, p_closed_on is not null)
  ) as x(m, d, v, keep)
  where x.keep
  on conflict (measure, day, category_id, unit_id, value) do update set n = feedback_stats_days.n + excluded.n`;

/** The same rows for SQLite, from the trigger's `new` or `old` row. */
function sqliteContribution(row: 'new' | 'old', sign: 1 | -1): string {
  const r = row;
  return `
  insert into feedback_stats_days (measure, day, category_id, unit_id, value, n)
  select m, d, ${r}.category_id, coalesce(${r}.unit_id, ''), v, ${sign} from (
    select 'r' as m, ${r}.received_on as d, 0.0 as v
    union all select 'u', ${r}.received_on, 0.0 where ${r}.first_answer_on is null
    union all select 'o', ${r}.received_on, 0.0 where ${r}.closed_on is null
    union all select 'f', ${r}.received_on, ${r}.first_answer_seconds where ${r}.first_answer_on is not null
    union all select 't', ${r}.received_on, ${r}.first_answer_target_wd where ${r}.first_answer_target_wd is not null
    union all select 's', ${r}.received_on, 0.0 where ${r}.first_answer_on is not null and ${r}.first_answer_on <= ${r}.received_on
    union all select 'c', ${r}.received_on, ${r}.close_seconds where ${r}.closed_on is not null
    union all select 'k', ${r}.closed_on, case when ${r}.closed_on < ${r}.received_on then 1.0 else 0.0 end where ${r}.closed_on is not null
  ) where true
  on conflict (measure, day, category_id, unit_id, value) do update set n = n + excluded.n;`;
}

/** The columns whose change moves a report's counts. */
const COUNTED = [
  'stats_version',
  'category_id',
  'unit_id',
  'received_on',
  'first_answer_on',
  'first_answer_seconds',
  'first_answer_target_wd',
  'closed_on',
  'close_seconds',
] as const;

export const feedbackStatsDays: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    // The key is the order every read takes (a measure, a range of days); the count rides in
    // the key's b-tree (SQLite: without rowid; PostgreSQL: included), so reads never visit rows.
    await sql`
      create table feedback_stats_days (
        measure text not null,
        day text not null,
        category_id text not null,
        unit_id text not null,
        value double precision not null,
        n integer not null,
        constraint feedback_stats_days_pk primary key (measure, day, category_id, unit_id, value)${sql.raw(postgres ? ' include (n)' : '')}
      )${sql.raw(postgres ? '' : ' without rowid')}`.execute(db);
    // Whether a report's time lies after the moment of the figures (then they are read from
    // the reports): one index probe each.
    await db.schema.createIndex('feedback_first_answer_at_idx').on('feedback').column('first_answer_at').execute();

    // The counts of the reports there are (their derived values filled).
    await sql`
      insert into feedback_stats_days (measure, day, category_id, unit_id, value, n)
      select m, d, category_id, unit_id, v, count(*) from (
        select 'r' as m, received_on as d, category_id, coalesce(unit_id, '') as unit_id, 0.0 as v from feedback where stats_version is not null
        union all select 'u', received_on, category_id, coalesce(unit_id, ''), 0.0 from feedback where stats_version is not null and first_answer_on is null
        union all select 'o', received_on, category_id, coalesce(unit_id, ''), 0.0 from feedback where stats_version is not null and closed_on is null
        union all select 'f', received_on, category_id, coalesce(unit_id, ''), first_answer_seconds from feedback where stats_version is not null and first_answer_on is not null
        union all select 't', received_on, category_id, coalesce(unit_id, ''), first_answer_target_wd from feedback where stats_version is not null and first_answer_target_wd is not null
        union all select 's', received_on, category_id, coalesce(unit_id, ''), 0.0 from feedback where stats_version is not null and first_answer_on is not null and first_answer_on <= received_on
        union all select 'c', received_on, category_id, coalesce(unit_id, ''), close_seconds from feedback where stats_version is not null and closed_on is not null
        union all select 'k', closed_on, category_id, coalesce(unit_id, ''), case when closed_on < received_on then 1.0 else 0.0 end from feedback where stats_version is not null and closed_on is not null
      ) as t
      group by m, d, category_id, unit_id, v`.execute(db);

    if (postgres) {
      await sql`
        create function feedback_stats_days_apply(
          p_sign integer, p_category text, p_unit text, p_received_on text, p_first_on text,
          p_first_seconds double precision, p_target_wd integer, p_closed_on text, p_close_seconds double precision
        ) returns void language sql as $$ ${sql.raw(POSTGRES_CONTRIBUTION)} $$`.execute(db);
      await sql`
        create function feedback_stats_days_change() returns trigger language plpgsql as $$
        begin
          if tg_op in ('UPDATE', 'DELETE') and old.stats_version is not null then
            if tg_op = 'UPDATE' and new.stats_version is not null
              and (${sql.raw(COUNTED.map((c) => `new.${c} is not distinct from old.${c}`).join(' and '))}) then
              return null;
            end if;
            perform feedback_stats_days_apply(-1, old.category_id, old.unit_id, old.received_on, old.first_answer_on,
              old.first_answer_seconds, old.first_answer_target_wd, old.closed_on, old.close_seconds);
          end if;
          if tg_op in ('UPDATE', 'INSERT') and new.stats_version is not null then
            perform feedback_stats_days_apply(1, new.category_id, new.unit_id, new.received_on, new.first_answer_on,
              new.first_answer_seconds, new.first_answer_target_wd, new.closed_on, new.close_seconds);
          end if;
          return null;
        end $$`.execute(db);
      await sql`
        create trigger feedback_stats_days_change
        after insert or update or delete on feedback
        for each row execute function feedback_stats_days_change()`.execute(db);
    } else {
      const changed = COUNTED.map((c) => `new.${c} is not old.${c}`).join(' or ');
      await sql.raw(`
        create trigger feedback_stats_days_insert after insert on feedback when new.stats_version is not null
        begin ${sqliteContribution('new', 1)} end`).execute(db);
      await sql.raw(`
        create trigger feedback_stats_days_delete after delete on feedback when old.stats_version is not null
        begin ${sqliteContribution('old', -1)} end`).execute(db);
      // Old counts out, new counts in; a row whose values are cleared (null) only loses them.
      await sql.raw(`
        create trigger feedback_stats_days_update after update on feedback
        when (old.stats_version is not null or new.stats_version is not null) and (${changed})
        begin
          ${sqliteContribution('old', -1).replace('where true', 'where old.stats_version is not null')}
          ${sqliteContribution('new', 1).replace('where true', 'where new.stats_version is not null')}
        end`).execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    if (postgres) {
      await sql`drop trigger feedback_stats_days_change on feedback`.execute(db);
      await sql`drop function feedback_stats_days_change()`.execute(db);
      await sql`drop function feedback_stats_days_apply(integer, text, text, text, text, double precision, integer, text, double precision)`.execute(db);
    } else {
      for (const name of ['feedback_stats_days_update', 'feedback_stats_days_delete', 'feedback_stats_days_insert']) {
        await sql`drop trigger ${sql.raw(name)}`.execute(db);
      }
    }
    await db.schema.dropIndex('feedback_first_answer_at_idx').execute();
    await db.schema.dropTable('feedback_stats_days').execute();
  },
};
