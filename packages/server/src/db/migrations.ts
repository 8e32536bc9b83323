import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { FEEDBACK_STATUSES, LOCALES } from '@kohtaamo/core';
import type { DatabaseHandle } from './database.js';
import { feedbackHandling } from './migrations/0002-feedback-handling.js';
import { feedbackResident } from './migrations/0003-feedback-resident.js';
import { feedbackSignals } from './migrations/0004-feedback-signals.js';

const quoteList = (values: readonly string[]) => sql.join(values.map((value) => sql.lit(value)));

/**
 * The schema, in code, oldest first. A migration that has run is never edited: a change is a
 * new migration. Every statement here is plain SQL that SQLite and PostgreSQL both accept.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_feedback': {
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
        .addColumn('lang', 'text', (col) => col.notNull().check(sql`lang in (${quoteList(LOCALES)})`))
        .addColumn('status', 'text', (col) => col.notNull().check(sql`status in (${quoteList(FEEDBACK_STATUSES)})`))
        .addColumn('reply_text', 'text')
        .addColumn('replied_at', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('feedback_category_id_idx').on('feedback').column('category_id').execute();
      await db.schema.createIndex('feedback_created_at_idx').on('feedback').column('created_at').execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('scope', 'text', (col) => col.notNull())
        .addColumn('key', 'text', (col) => col.notNull())
        .addColumn('request_hash', 'text', (col) => col.notNull())
        .addColumn('response_status', 'integer')
        .addColumn('response_body', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
        .execute();
      await db.schema.createIndex('idempotency_keys_created_at_idx').on('idempotency_keys').column('created_at').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('idempotency_keys').execute();
      await db.schema.dropTable('feedback').execute();
      await db.schema.dropTable('feedback_categories').execute();
    },
  },
  '0002_feedback_handling': feedbackHandling,
  '0003_feedback_resident': feedbackResident,
  '0004_feedback_signals': feedbackSignals,
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...migrations }) };

/**
 * Brings the schema up to date. Safe with several servers starting at once: Kysely's migrator
 * holds a lock (an advisory lock on PostgreSQL) while it runs. Throws on a failed migration.
 */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({
    db: handle.db,
    provider,
    // Name the schema on PostgreSQL: Kysely looks for its own tables in every schema, and a
    // kysely_migration table in another schema (say "public") must not count as ours.
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
