import type { Kysely, Migration } from 'kysely';

/**
 * Indexes for the lists and lookups at city scale (issue 13, ADR 0044's plan test for booking):
 * - the staff queue is paged by cursor on (created_at, id): every unit's bookings, the pending
 *   requests of every unit (the console's first view for an administrator), a unit's bookings
 *   of any status, each walk their own index in the cursor's order; a day's bookings are found
 *   by their start;
 * - a leaf space's occupied times meeting a window near now (a week's calendar, the first free
 *   time, the finder's day) are found by their end: the index by start alone reads every past
 *   booking of the space for a window that starts today.
 * Literal values only: frozen.
 */
export const bookingListIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('booking_bookings_created_idx').on('booking_bookings').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('booking_bookings_status_created_idx').on('booking_bookings').columns(['status', 'created_at', 'id']).execute();
    await db.schema.createIndex('booking_bookings_unit_created_idx').on('booking_bookings').columns(['unit_id', 'created_at', 'id']).execute();
    await db.schema.createIndex('booking_bookings_start_idx').on('booking_bookings').column('start_at').execute();
    await db.schema.createIndex('booking_occupancy_leaf_end_idx').on('booking_occupancy').columns(['leaf_id', 'end_ms']).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const name of ['booking_occupancy_leaf_end_idx', 'booking_bookings_start_idx', 'booking_bookings_unit_created_idx', 'booking_bookings_status_created_idx', 'booking_bookings_created_idx']) {
      await db.schema.dropIndex(name).execute();
    }
  },
};
