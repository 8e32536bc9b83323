import type { Kysely, Migration } from 'kysely';

/**
 * Which contact offers of other modules (ADR 0054: the resident survey's offers of help) a city
 * coordinator has handled, when and by whom. The offers themselves stay with their source; a
 * row here names one by its id ("surveys:<id>"). Literal values only: this migration is frozen.
 */
export const volunteeringOfferHandling: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('volunteering_offer_handling')
      .addColumn('offer_id', 'text', (col) => col.primaryKey())
      .addColumn('handled_at', 'text', (col) => col.notNull())
      .addColumn('handled_by', 'text', (col) => col.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('volunteering_offer_handling').execute();
  },
};
