import type { Kysely, Migration } from 'kysely';

/**
 * The coordinators' list of opportunities paged by cursor, newest first (issue 11): an
 * association's on (organisation_id, created_at, id), the city's (every organisation's) on
 * (created_at, id). Literal values only: this migration is frozen.
 */
export const volunteeringStaffOpportunityOrder: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('volunteering_opportunities_org_created_idx').on('volunteering_opportunities').columns(['organisation_id', 'created_at', 'id']).execute();
    await db.schema.createIndex('volunteering_opportunities_created_idx').on('volunteering_opportunities').columns(['created_at', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('volunteering_opportunities_created_idx').execute();
    await db.schema.dropIndex('volunteering_opportunities_org_created_idx').execute();
  },
};
