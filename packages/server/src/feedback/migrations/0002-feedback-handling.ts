import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Staff handling of feedback: units (routing), the status history, internal notes, reply templates, and the columns on `feedback` that
 * handling needs (unit, assignee, moderation, optimistic-concurrency version, response times).
 *
 * Staff users, their tokens and API keys, created here in release 0.1, are the platform's
 * (platform/platform.migrations.ts, which runs first).
 *
 * Plain SQL both SQLite and PostgreSQL accept: one ADD COLUMN per ALTER TABLE (SQLite), every
 * added NOT NULL column has a default, and an added REFERENCES column defaults to NULL.
 */
export const feedbackHandling: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('units')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name_fi', 'text', (col) => col.notNull())
      .addColumn('name_sv', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('email', 'text')
      // The automatic acknowledgement a resident sees on submission (null: the generic text).
      .addColumn('acknowledgement_fi', 'text')
      .addColumn('acknowledgement_sv', 'text')
      .addColumn('acknowledgement_en', 'text')
      .execute();


    await db.schema
      .alterTable('feedback_categories')
      .addColumn('unit_id', 'text', (col) => col.references('units.id'))
      .execute();

    await db.schema.alterTable('feedback').addColumn('unit_id', 'text', (col) => col.references('units.id')).execute();
    await db.schema
      .alterTable('feedback')
      .addColumn('assigned_to', 'text', (col) => col.references('staff_users.id'))
      .execute();
    await db.schema
      .alterTable('feedback')
      .addColumn('visibility', 'text', (col) =>
        col.notNull().defaultTo('pending').check(sql`visibility in ('pending', 'published', 'hidden')`),
      )
      .execute();
    await db.schema
      .alterTable('feedback')
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('feedback').addColumn('public_message', 'text').execute();
    await db.schema.alterTable('feedback').addColumn('closed_at', 'text').execute();
    await db.schema.alterTable('feedback').addColumn('first_response_at', 'text').execute();
    await db.schema.createIndex('feedback_unit_id_idx').on('feedback').column('unit_id').execute();
    await db.schema.createIndex('feedback_status_idx').on('feedback').column('status').execute();
    await db.schema.createIndex('feedback_assigned_to_idx').on('feedback').column('assigned_to').execute();

    await db.schema
      .createTable('feedback_history')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('feedback_id', 'text', (col) => col.notNull().references('feedback.id'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_name', 'text')
      .addColumn('public_reply', 'text')
      .execute();
    await db.schema
      .createIndex('feedback_history_feedback_id_idx')
      .on('feedback_history')
      .columns(['feedback_id', 'at'])
      .execute();

    await db.schema
      .createTable('feedback_notes')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('feedback_id', 'text', (col) => col.notNull().references('feedback.id'))
      .addColumn('author_id', 'text', (col) => col.references('staff_users.id'))
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('feedback_notes_feedback_id_idx')
      .on('feedback_notes')
      .columns(['feedback_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('reply_templates')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('category_id', 'text', (col) => col.references('feedback_categories.id'))
      .addColumn('title_fi', 'text', (col) => col.notNull())
      .addColumn('title_sv', 'text', (col) => col.notNull())
      .addColumn('title_en', 'text', (col) => col.notNull())
      .addColumn('text_fi', 'text', (col) => col.notNull())
      .addColumn('text_sv', 'text', (col) => col.notNull())
      .addColumn('text_en', 'text', (col) => col.notNull())
      .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();



    // Feedback stored before this migration: its history starts with 'received' at its
    // creation, then its present status (if moved on) at its last update; a reply counts as
    // the first response, and a closed one is closed at its last update.
    await sql`insert into feedback_history (id, feedback_id, status, at, actor_id, actor_name, public_reply)
      select 'h0-' || id, id, 'received', created_at, null, null, null from feedback`.execute(db);
    await sql`insert into feedback_history (id, feedback_id, status, at, actor_id, actor_name, public_reply)
      select 'h1-' || id, id, status, updated_at, null, null, reply_text from feedback where status <> 'received'`.execute(db);
    await sql`update feedback set first_response_at = case
        when replied_at is not null then replied_at
        when status <> 'received' then updated_at
        else null end`.execute(db);
    await sql`update feedback set closed_at = updated_at where status in ('done', 'rejected')`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('reply_templates').execute();
    await db.schema.dropTable('feedback_notes').execute();
    await db.schema.dropTable('feedback_history').execute();
    await db.schema.dropIndex('feedback_assigned_to_idx').execute();
    await db.schema.dropIndex('feedback_status_idx').execute();
    await db.schema.dropIndex('feedback_unit_id_idx').execute();
    for (const column of ['first_response_at', 'closed_at', 'public_message', 'version', 'visibility', 'assigned_to', 'unit_id']) {
      await db.schema.alterTable('feedback').dropColumn(column).execute();
    }
    await db.schema.alterTable('feedback_categories').dropColumn('unit_id').execute();
    await db.schema.dropTable('units').execute();
  },
};
