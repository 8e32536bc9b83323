import type { Kysely, Migration } from 'kysely';

/**
 * A cast ballot can be asked for again (ADR 0031): the participation row keeps a retry tag,
 * HMAC(server key, voter key + the client's secret retry key). The retry key itself is never
 * stored, and the receipt code is derived from it under another label, so neither the tag nor
 * the receipt can be tied to the other without the key only the voter's browser had. Literal
 * values only: this migration is frozen.
 */
export const ballotRetryTag: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('budgeting_participation').addColumn('retry_tag', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('budgeting_participation').dropColumn('retry_tag').execute();
  },
};
