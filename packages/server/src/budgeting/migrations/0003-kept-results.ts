import type { Kysely, Migration } from 'kysely';

/**
 * What grows with the ballots is made once per computation of the results, in the tally worker,
 * and kept beside them (ADR 0055): each budget's Pabulib file, and per round the sorted receipt
 * list, its count and SHA-256. Results computed before this migration have none; the first
 * request that needs them makes them in the worker. Literal values only: this migration is frozen.
 */
export const keptResults: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('budgeting_results').addColumn('export_pb', 'text').execute();
    await db.schema
      .createTable('budgeting_results_rounds')
      .addColumn('round_id', 'text', (col) => col.primaryKey())
      .addColumn('ballots', 'integer', (col) => col.notNull())
      .addColumn('receipts_sha256', 'text', (col) => col.notNull())
      .addColumn('receipts_json', 'text', (col) => col.notNull())
      .addColumn('computed_at', 'text', (col) => col.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('budgeting_results_rounds').execute();
    await db.schema.alterTable('budgeting_results').dropColumn('export_pb').execute();
  },
};
