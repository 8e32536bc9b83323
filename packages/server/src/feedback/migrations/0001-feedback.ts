import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Feedback categories and feedback. Frozen: the allowed languages and statuses are written out
 * here as they were when this ran, never read from a constant that may change later.
 */
export const feedbackBase: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('feedback_categories')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name_fi', 'text', (col) => col.notNull())
      .addColumn('name_sv', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('description_fi', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('description_sv', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('description_en', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('feedback')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('tracking_code', 'text', (col) => col.notNull().unique())
      .addColumn('category_id', 'text', (col) => col.notNull().references('feedback_categories.id'))
      .addColumn('message', 'text', (col) => col.notNull())
      .addColumn('address', 'text')
      .addColumn('contact_name', 'text')
      .addColumn('contact_email', 'text')
      .addColumn('contact_phone', 'text')
      .addColumn('contact_consent', 'integer', (col) => col.notNull().defaultTo(0).check(sql`contact_consent in (0, 1)`))
      .addColumn('lang', 'text', (col) => col.notNull().check(sql`lang in ('fi', 'sv', 'en')`))
      .addColumn('status', 'text', (col) =>
        col.notNull().check(sql`status in ('received', 'allocated', 'in_handling', 'done', 'rejected')`),
      )
      .addColumn('reply_text', 'text')
      .addColumn('replied_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('feedback_category_id_idx').on('feedback').column('category_id').execute();
    await db.schema.createIndex('feedback_created_at_idx').on('feedback').column('created_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('feedback').execute();
    await db.schema.dropTable('feedback_categories').execute();
  },
};
