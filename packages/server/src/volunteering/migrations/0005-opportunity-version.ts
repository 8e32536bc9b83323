import type { Kysely, Migration } from 'kysely';

/**
 * An opportunity's version (ADR 0060, as for shifts): each edit of the opportunity's own fields
 * by a coordinator raises it by one, and an edit must name the version it was made on
 * (If-Match), so two coordinators editing the same opportunity cannot silently overwrite each
 * other. Literal values only: this migration is frozen.
 */
export const volunteeringOpportunityVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('volunteering_opportunities').addColumn('version', 'integer', (col) => col.notNull().defaultTo(1)).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('volunteering_opportunities').dropColumn('version').execute();
  },
};
