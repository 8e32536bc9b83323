import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Space booking (issue 12): units, the tree of spaces, resources, bookings, staff blocks, and
 * the occupancy of leaf spaces that keeps two live bookings from overlapping (ADR 0029).
 *
 * On PostgreSQL an exclusion constraint on `booking_occupancy` (same leaf, overlapping
 * int8range of the occupied milliseconds) makes an overlap impossible whatever the code does.
 * It needs the btree_gist extension (in contrib, trusted since PostgreSQL 13). Where the
 * extension cannot be created, the constraint is left out and the module's write path (an
 * advisory lock per leaf space around the check and the insert) is what keeps the promise;
 * `booking_occupancy_guard` records which one is in force. Literal values only: frozen.
 */
export const bookingBase: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('booking_units')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('name_fi', 'text', (col) => col.notNull())
      .addColumn('name_sv', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('address', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('lat', 'double precision')
      .addColumn('lon', 'double precision')
      .addColumn('opening_hours', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('booking_spaces')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('unit_id', 'text', (col) => col.notNull().references('booking_units.id'))
      .addColumn('parent_id', 'text', (col) => col.references('booking_spaces.id'))
      .addColumn('name_fi', 'text', (col) => col.notNull())
      .addColumn('name_sv', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('area_m2', 'double precision', (col) => col.notNull().check(sql`area_m2 >= 0`))
      .addColumn('capacity', 'integer', (col) => col.notNull().check(sql`capacity >= 0`))
      .addColumn('purposes', 'text', (col) => col.notNull().defaultTo('[]'))
      .addColumn('accessibility', 'text', (col) => col.notNull())
      .addColumn('access', 'text', (col) => col.notNull().check(sql`access in ('open', 'bookable')`))
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('booking_resources')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('unit_id', 'text', (col) => col.notNull().references('booking_units.id'))
      .addColumn('name_fi', 'text', (col) => col.notNull())
      .addColumn('name_sv', 'text', (col) => col.notNull())
      .addColumn('name_en', 'text', (col) => col.notNull())
      .addColumn('definition', 'text', (col) => col.notNull())
      .addColumn('active', 'integer', (col) => col.notNull().defaultTo(1))
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('booking_bookings')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('resource_id', 'text', (col) => col.notNull().references('booking_resources.id'))
      .addColumn('unit_id', 'text', (col) => col.notNull())
      .addColumn('series_id', 'text')
      .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'confirmed', 'denied', 'cancelled')`))
      .addColumn('start_at', 'text', (col) => col.notNull())
      .addColumn('end_at', 'text', (col) => col.notNull())
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('organisation', 'text')
      .addColumn('purpose', 'text')
      .addColumn('description', 'text')
      .addColumn('attendees', 'integer')
      .addColumn('discount_group', 'text')
      .addColumn('price_cents', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('lang', 'text', (col) => col.notNull().defaultTo('fi').check(sql`lang in ('fi', 'sv', 'en')`))
      .addColumn('person_key', 'text')
      .addColumn('manage_code_hash', 'text')
      .addColumn('on_behalf_by', 'text')
      .addColumn('handled_by', 'text')
      .addColumn('handled_at', 'text')
      .addColumn('deny_reason', 'text')
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('anonymised_at', 'text')
      .execute();
    await db.schema.createIndex('booking_bookings_resource_idx').on('booking_bookings').columns(['resource_id', 'start_at']).execute();
    await db.schema.createIndex('booking_bookings_queue_idx').on('booking_bookings').columns(['unit_id', 'status', 'created_at', 'id']).execute();
    await db.schema.createIndex('booking_bookings_person_idx').on('booking_bookings').columns(['person_key', 'status']).execute();
    await db.schema.createIndex('booking_bookings_series_idx').on('booking_bookings').column('series_id').execute();
    await db.schema
      .createTable('booking_blocks')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('unit_id', 'text', (col) => col.notNull())
      .addColumn('space_id', 'text', (col) => col.notNull().references('booking_spaces.id'))
      .addColumn('start_at', 'text', (col) => col.notNull())
      .addColumn('end_at', 'text', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('booking_occupancy')
      .addColumn('owner_id', 'text', (col) => col.notNull())
      .addColumn('leaf_id', 'text', (col) => col.notNull())
      .addColumn('start_ms', 'bigint', (col) => col.notNull())
      .addColumn('end_ms', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('booking_occupancy_pk', ['owner_id', 'leaf_id'])
      .addCheckConstraint('booking_occupancy_order', sql`end_ms > start_ms`)
      .execute();
    await db.schema.createIndex('booking_occupancy_leaf_idx').on('booking_occupancy').columns(['leaf_id', 'start_ms']).execute();
    await db.schema.createTable('booking_occupancy_guard').addColumn('guard', 'text', (col) => col.notNull()).execute();

    let guard = 'transaction';
    if (postgres) {
      const available = await sql<{ n: number }>`select count(*)::int as n from pg_available_extensions where name = 'btree_gist'`.execute(db);
      if ((available.rows[0]?.n ?? 0) > 0) {
        // In a savepoint: a refused CREATE EXTENSION (no privilege) must not abort the migration.
        await sql`savepoint booking_btree_gist`.execute(db);
        try {
          await sql`create extension if not exists btree_gist with schema public`.execute(db);
          await sql`alter table booking_occupancy add constraint booking_occupancy_no_overlap exclude using gist (leaf_id with =, int8range(start_ms, end_ms) with &&)`.execute(db);
          await sql`release savepoint booking_btree_gist`.execute(db);
          guard = 'exclusion';
        } catch {
          await sql`rollback to savepoint booking_btree_gist`.execute(db);
          guard = 'advisory-lock';
        }
      } else guard = 'advisory-lock';
    }
    await db.insertInto('booking_occupancy_guard' as never).values({ guard } as never).execute();
  },
};
