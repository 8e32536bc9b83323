import type { Kysely, Migration } from 'kysely';

/**
 * Results off the request path (ADR 0034): each round's data version, raised by every write
 * that changes its results, and the results computed in the worker, stamped with the version
 * they were computed from. Literal values only: this migration is frozen.
 */
export const surveysResultsCache: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('survey_results_state')
      .addColumn('round_id', 'text', (col) => col.primaryKey())
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('survey_results_cache')
      .addColumn('round_id', 'text', (col) => col.notNull())
      .addColumn('by_key', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('results_json', 'text', (col) => col.notNull())
      .addColumn('computed_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('survey_results_cache_pk', ['round_id', 'by_key'])
      .execute();
  },
};
