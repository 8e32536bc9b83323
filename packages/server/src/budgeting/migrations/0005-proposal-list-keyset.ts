import type { Kysely, Migration } from 'kysely';

/**
 * The proposals list is read in keyset pages on (created_at, id) (issue 9, ADR 0107): an index
 * in that order per round makes the next page a range read after the cursor, whatever page it
 * is, instead of a sort of the round's proposals and a skip of those already shown.
 * Literal values only: this migration is frozen.
 */
export const proposalListKeyset: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('budgeting_proposals_round_created_idx').on('budgeting_proposals').columns(['round_id', 'created_at', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('budgeting_proposals_round_created_idx').execute();
  },
};
