import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * City scale (issue 13). Response-time figures are computed in the database from per-report
 * values kept beside the timestamps, so a request never walks the calendar report by report:
 * the Helsinki dates of receipt, first answer and closing, the two durations in seconds, the
 * running working-day number of the day of receipt and the smallest target (in working days)
 * the first answer met. They are filled from the timestamps by the feedback module
 * (stats/report-times.ts); `stats_version` null marks a row whose values are not filled yet,
 * and a trigger sets it back to null whenever a timestamp changes, whoever changes it.
 *
 * `feedback_stats_epoch` is one counter that triggers raise on every change the figures can
 * see (a report added, removed, or its times, category or unit changed), in the same
 * transaction: a cached answer is valid while the counter is unchanged, across processes.
 *
 * Indexes: stale rows, closings (backlog, weekly closings) and the public list's cursor order.
 * Frozen: literal values only.
 */
export const feedbackStatsColumns: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    const columns: [string, 'text' | 'integer' | 'double precision'][] = [
      ['stats_version', 'integer'],
      ['received_on', 'text'],
      ['received_wd', 'integer'],
      ['first_answer_at', 'text'],
      ['first_answer_on', 'text'],
      ['first_answer_seconds', 'double precision'],
      ['first_answer_target_wd', 'integer'],
      ['closed_on', 'text'],
      ['close_seconds', 'double precision'],
    ];
    for (const [name, type] of columns) await db.schema.alterTable('feedback').addColumn(name, type).execute();

    await db.schema.createIndex('feedback_stats_stale_idx').on('feedback').column('id').where(sql.ref('stats_version'), 'is', null).execute();
    await db.schema.createIndex('feedback_closed_at_idx').on('feedback').column('closed_at').execute();
    await db.schema.createIndex('feedback_public_list_idx').on('feedback').columns(['visibility', 'created_at', 'id']).execute();
    await db.schema
      .createIndex('feedback_public_category_list_idx')
      .on('feedback')
      .columns(['visibility', 'category_id', 'created_at', 'id'])
      .execute();

    await db.schema
      .createTable('feedback_stats_epoch')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('epoch', 'bigint', (col) => col.notNull().defaultTo(0))
      .execute();
    await sql`insert into feedback_stats_epoch (id, epoch) values (1, 0)`.execute(db);

    if (postgres) {
      await sql`
        create function feedback_stats_bump() returns trigger language plpgsql as $$
        begin
          update feedback_stats_epoch set epoch = epoch + 1 where id = 1;
          return null;
        end $$`.execute(db);
      await sql`
        create trigger feedback_stats_change
        after insert or delete or update of created_at, first_response_at, closed_at, category_id, unit_id on feedback
        for each statement execute function feedback_stats_bump()`.execute(db);
      await sql`
        create function feedback_stats_stale() returns trigger language plpgsql as $$
        begin
          if new.created_at is distinct from old.created_at
            or new.first_response_at is distinct from old.first_response_at
            or new.closed_at is distinct from old.closed_at then
            new.stats_version := null;
          end if;
          return new;
        end $$`.execute(db);
      await sql`
        create trigger feedback_stats_stale
        before update of created_at, first_response_at, closed_at on feedback
        for each row execute function feedback_stats_stale()`.execute(db);
    } else {
      await sql`
        create trigger feedback_stats_insert after insert on feedback
        begin update feedback_stats_epoch set epoch = epoch + 1 where id = 1; end`.execute(db);
      await sql`
        create trigger feedback_stats_delete after delete on feedback
        begin update feedback_stats_epoch set epoch = epoch + 1 where id = 1; end`.execute(db);
      await sql`
        create trigger feedback_stats_update
        after update of created_at, first_response_at, closed_at, category_id, unit_id on feedback
        begin update feedback_stats_epoch set epoch = epoch + 1 where id = 1; end`.execute(db);
      await sql`
        create trigger feedback_stats_stale
        after update of created_at, first_response_at, closed_at on feedback
        when new.stats_version is not null
          and (new.created_at is not old.created_at or new.first_response_at is not old.first_response_at or new.closed_at is not old.closed_at)
        begin update feedback set stats_version = null where id = new.id; end`.execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    if (postgres) {
      await sql`drop trigger feedback_stats_stale on feedback`.execute(db);
      await sql`drop trigger feedback_stats_change on feedback`.execute(db);
      await sql`drop function feedback_stats_stale()`.execute(db);
      await sql`drop function feedback_stats_bump()`.execute(db);
    } else {
      for (const name of ['feedback_stats_stale', 'feedback_stats_update', 'feedback_stats_delete', 'feedback_stats_insert']) {
        await sql`drop trigger ${sql.raw(name)}`.execute(db);
      }
    }
    await db.schema.dropTable('feedback_stats_epoch').execute();
    for (const name of ['feedback_public_category_list_idx', 'feedback_public_list_idx', 'feedback_closed_at_idx', 'feedback_stats_stale_idx']) {
      await db.schema.dropIndex(name).execute();
    }
    for (const name of ['close_seconds', 'closed_on', 'first_answer_target_wd', 'first_answer_seconds', 'first_answer_on', 'first_answer_at', 'received_wd', 'received_on', 'stats_version']) {
      await db.schema.alterTable('feedback').dropColumn(name).execute();
    }
  },
};
