import type { Kysely, Migration } from 'kysely';

/**
 * Signals: the email outbox (replies told to residents by email), the shared rate-limit
 * counters of submissions, and the retention mark of anonymised feedback.
 *
 * Plain SQL both SQLite and PostgreSQL accept (see 0002 for the rules).
 */
export const feedbackSignals: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('email_outbox')
      .addColumn('id', 'text', (col) => col.primaryKey())
      // What the mail is about; null once the feedback is gone. Not a foreign key: the outbox
      // outlives nothing but must never block a feedback's anonymisation.
      .addColumn('feedback_id', 'text')
      // One mail per event ("reply:<history id>"): enqueueing twice is a no-op.
      .addColumn('dedupe_key', 'text', (col) => col.notNull().unique())
      .addColumn('to_address', 'text', (col) => col.notNull())
      .addColumn('lang', 'text', (col) => col.notNull())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('body_text', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (col) => col.notNull())
      // A worker that claims a row owns it until then (a crashed worker's claim runs out).
      .addColumn('claimed_until', 'text')
      .addColumn('claim_token', 'text')
      .addColumn('sent_at', 'text')
      // Given up after too many attempts.
      .addColumn('failed_at', 'text')
      .addColumn('last_error', 'text')
      .execute();
    await db.schema
      .createIndex('email_outbox_due_idx')
      .on('email_outbox')
      .columns(['sent_at', 'failed_at', 'next_attempt_at'])
      .execute();
    await db.schema.createIndex('email_outbox_feedback_id_idx').on('email_outbox').column('feedback_id').execute();

    // Fixed-window counters, one row per client key and window, shared by every server.
    await db.schema
      .createTable('rate_limit_hits')
      .addColumn('bucket', 'text', (col) => col.notNull())
      .addColumn('window_start', 'text', (col) => col.notNull())
      .addColumn('hits', 'integer', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('rate_limit_hits_pk', ['bucket', 'window_start'])
      .execute();
    await db.schema.createIndex('rate_limit_hits_expires_at_idx').on('rate_limit_hits').column('expires_at').execute();

    await db.schema.alterTable('feedback').addColumn('anonymised_at', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('feedback').dropColumn('anonymised_at').execute();
    await db.schema.dropTable('rate_limit_hits').execute();
    await db.schema.dropTable('email_outbox').execute();
  },
};
