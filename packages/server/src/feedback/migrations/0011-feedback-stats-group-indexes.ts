import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * City scale (issue 13). The percentiles of each category and each unit (ADR 0045) read the
 * durations of one or two classes per group; on the index `(measure, cls, day, …)` a statement
 * for all groups read every group's rows of every wanted class and sorted the lot: at 500,000
 * reports the two years of the unit percentiles took 60–80 ms a statement, the whole answer
 * 299 ms. An index per group column, `(measure, <group>, cls, day, …)` and covering what the
 * running sum reads, lets each (group, class) read only its own rows of the period: about a
 * third of the time. Frozen: literal values only.
 */
export const feedbackStatsGroupIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`create index feedback_stats_days_category_cls on feedback_stats_days (measure, category_id, cls, day) include (unit_id, value, n)`.execute(db);
      await sql`create index feedback_stats_days_unit_cls on feedback_stats_days (measure, unit_id, cls, day) include (category_id, value, n)`.execute(db);
    } else {
      await sql`create index feedback_stats_days_category_cls on feedback_stats_days (measure, category_id, cls, day, unit_id, value, n)`.execute(db);
      await sql`create index feedback_stats_days_unit_cls on feedback_stats_days (measure, unit_id, cls, day, category_id, value, n)`.execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('feedback_stats_days_unit_cls').execute();
    await db.schema.dropIndex('feedback_stats_days_category_cls').execute();
  },
};
