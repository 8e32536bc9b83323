import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Seasonal application rounds (issue 12, ADR 0040): a round of a unit with a period and a
 * deadline, and the associations' applications for weekly slots. `status` of a round goes
 * open → allocating → allocated exactly once (the allocation claims it with a conditional
 * update). Literal values only: frozen.
 */
export const bookingRounds: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('booking_rounds')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('unit_id', 'text', (col) => col.notNull().references('booking_units.id'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('period_start', 'text', (col) => col.notNull())
      .addColumn('period_end', 'text', (col) => col.notNull())
      .addColumn('deadline_at', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().defaultTo('open').check(sql`status in ('open', 'allocating', 'allocated')`))
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('allocated_by', 'text')
      .addColumn('allocated_at', 'text')
      .execute();
    await db.schema.createIndex('booking_rounds_unit_idx').on('booking_rounds').columns(['unit_id', 'deadline_at']).execute();
    await db.schema
      .createTable('booking_applications')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('round_id', 'text', (col) => col.notNull().references('booking_rounds.id'))
      .addColumn('resource_id', 'text', (col) => col.notNull().references('booking_resources.id'))
      .addColumn('weekday', 'integer', (col) => col.notNull().check(sql`weekday between 1 and 7`))
      .addColumn('start_time', 'text', (col) => col.notNull())
      .addColumn('end_time', 'text', (col) => col.notNull())
      .addColumn('organisation', 'text')
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('purpose', 'text')
      .addColumn('lang', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().defaultTo('submitted').check(sql`status in ('submitted', 'accepted', 'rejected')`))
      .addColumn('reason', 'text')
      .addColumn('series_id', 'text')
      .addColumn('accepted_count', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('rejected_occurrences', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('anonymised_at', 'text')
      .execute();
    await db.schema.createIndex('booking_applications_round_idx').on('booking_applications').columns(['round_id', 'created_at', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('booking_applications').execute();
    await db.schema.dropTable('booking_rounds').execute();
  },
};
