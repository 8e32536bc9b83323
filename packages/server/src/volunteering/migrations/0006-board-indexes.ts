import type { Kysely, Migration } from 'kysely';

/**
 * The board paged by cursor (issue 13, ADR 0081): it reads the open shifts that have not ended,
 * never the history, and the upcoming shifts of a page's opportunities only. Literal values
 * only: this migration is frozen.
 */
export const volunteeringBoardIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('volunteering_shifts_status_end_idx').on('volunteering_shifts').columns(['status', 'ends_at']).execute();
    await db.schema.createIndex('volunteering_shifts_opportunity_end_idx').on('volunteering_shifts').columns(['opportunity_id', 'ends_at']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('volunteering_shifts_opportunity_end_idx').execute();
    await db.schema.dropIndex('volunteering_shifts_status_end_idx').execute();
  },
};
