import type { Kysely, Migration } from 'kysely';

/**
 * The retention mark of anonymised feedback. (The outbox and the rate-limit counters, created
 * here in release 0.1, are the platform's: platform/platform.migrations.ts.)
 */
export const feedbackSignals: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('feedback').addColumn('anonymised_at', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('feedback').dropColumn('anonymised_at').execute();
  },
};
