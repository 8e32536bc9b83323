import type { Kysely, Migration } from 'kysely';

/**
 * A shift's version (ADR 0060): each edit by a coordinator raises it by one, and an edit must
 * name the version it was made on (If-Match), so two coordinators editing the same shift cannot
 * silently overwrite each other. Literal values only: this migration is frozen.
 */
export const volunteeringShiftVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('volunteering_shifts').addColumn('version', 'integer', (col) => col.notNull().defaultTo(1)).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('volunteering_shifts').dropColumn('version').execute();
  },
};
