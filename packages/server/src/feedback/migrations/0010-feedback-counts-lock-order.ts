import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * City scale (issue 13). On PostgreSQL the triggers of a statement on `feedback` lock rows of
 * the counts kept for the figures (`feedback_stats_days` and through it
 * `feedback_stats_classes`, `feedback_public_counts`) and then, at the end of the statement, the
 * one row of `feedback_stats_epoch`; a transaction holds them until it commits. Two
 * transactions could take them in different orders (one holding the epoch row and reaching for
 * a day's counts the other holds), and PostgreSQL ended the deadlock by failing one: under the
 * mixed load of `bench:scale` at 500,000 reports 2 of 64 submissions answered 500. Now every
 * statement on `feedback` first locks the epoch row (a BEFORE … FOR EACH STATEMENT trigger), so
 * every transaction that touches the counts takes the epoch row before any of them, and the
 * order is the same for all. Writers of `feedback` were already serialised on that row from
 * their first change until commit; this only moves the moment they queue to the start.
 * SQLite has one writer at a time and needs nothing. Frozen: literal values only.
 */
export const feedbackCountsLockOrder: Migration = {
  async up(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await sql`
      create function feedback_counts_lock_first() returns trigger language plpgsql as $$
      begin
        perform 1 from feedback_stats_epoch where id = 1 for update;
        return null;
      end $$`.execute(db);
    await sql`
      create trigger feedback_counts_lock_first
      before insert or update or delete on feedback
      for each statement execute function feedback_counts_lock_first()`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    await sql`drop trigger feedback_counts_lock_first on feedback`.execute(db);
    await sql`drop function feedback_counts_lock_first()`.execute(db);
  },
};
