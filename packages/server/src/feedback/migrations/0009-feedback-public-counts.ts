import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * City scale (issue 13, ADR 0046). The public list's total (`GET /api/v1/feedback`) counted
 * every published report on each page (2.1 s p50 at 500,000 reports under load on SQLite, a
 * reader thread held meanwhile). The published reports are now counted per (category, status)
 * by triggers, in the transaction of the change, whoever makes it; a total without a map
 * area is a sum over at most categories × statuses rows. Frozen: literal values only.
 */
function sqliteUpsert(row: 'new' | 'old', sign: 1 | -1): string {
  return `
  insert into feedback_public_counts (category_id, status, n)
  select ${row}.category_id, ${row}.status, ${sign} where ${row}.visibility = 'published'
  on conflict (category_id, status) do update set n = n + excluded.n;`;
}

function postgresUpsert(row: 'new' | 'old', sign: 1 | -1): string {
  return `
      insert into feedback_public_counts (category_id, status, n) values (${row}.category_id, ${row}.status, ${sign})
      on conflict (category_id, status) do update set n = feedback_public_counts.n + excluded.n;`;
}

export const feedbackPublicCounts: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await sql`
      create table feedback_public_counts (
        category_id text not null,
        status text not null,
        n integer not null,
        constraint feedback_public_counts_pk primary key (category_id, status)
      )`.execute(db);
    await sql`
      insert into feedback_public_counts (category_id, status, n)
      select category_id, status, count(*) from feedback where visibility = 'published' group by category_id, status`.execute(db);
    if (postgres) {
      await sql.raw(`
        create function feedback_public_counts_change() returns trigger language plpgsql as $$
        begin
          if tg_op = 'UPDATE' and new.visibility is not distinct from old.visibility
            and new.status is not distinct from old.status and new.category_id is not distinct from old.category_id then
            return null;
          end if;
          if tg_op in ('UPDATE', 'DELETE') and old.visibility = 'published' then ${postgresUpsert('old', -1)}
          end if;
          if tg_op in ('UPDATE', 'INSERT') and new.visibility = 'published' then ${postgresUpsert('new', 1)}
          end if;
          return null;
        end $$`).execute(db);
      await sql`
        create trigger feedback_public_counts_change
        after insert or delete or update of visibility, status, category_id on feedback
        for each row execute function feedback_public_counts_change()`.execute(db);
    } else {
      await sql.raw(`
        create trigger feedback_public_counts_insert after insert on feedback when new.visibility = 'published'
        begin ${sqliteUpsert('new', 1)} end`).execute(db);
      await sql.raw(`
        create trigger feedback_public_counts_delete after delete on feedback when old.visibility = 'published'
        begin ${sqliteUpsert('old', -1)} end`).execute(db);
      await sql.raw(`
        create trigger feedback_public_counts_update after update of visibility, status, category_id on feedback
        when (old.visibility = 'published' or new.visibility = 'published')
          and (new.visibility is not old.visibility or new.status is not old.status or new.category_id is not old.category_id)
        begin ${sqliteUpsert('old', -1)} ${sqliteUpsert('new', 1)} end`).execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    if (postgres) {
      await sql`drop trigger feedback_public_counts_change on feedback`.execute(db);
      await sql`drop function feedback_public_counts_change()`.execute(db);
    } else {
      for (const name of ['feedback_public_counts_update', 'feedback_public_counts_delete', 'feedback_public_counts_insert']) {
        await sql`drop trigger ${sql.raw(name)}`.execute(db);
      }
    }
    await db.schema.dropTable('feedback_public_counts').execute();
  },
};
