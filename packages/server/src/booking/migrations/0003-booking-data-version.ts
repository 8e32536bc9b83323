import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * The data version of what the public figures read (issue 13, ADR 0071): one counter,
 * `booking_data_version.version`, raised in the writer's own transaction whenever a booking is
 * added, removed or changes its resource, unit, status or times, and whenever a unit, space or
 * resource (opening hours, tree, areas) is written. Triggers raise it, so every writer does:
 * the repository, the register, the seasonal allocation, the generators, an admin's SQL.
 * A kept answer is valid while the counter is unchanged, across processes, on both databases.
 *
 * PostgreSQL: deferred constraint triggers, raising it once per transaction at its commit
 * (a transaction-local setting remembers that it did): the counter's row is the last lock a
 * writer takes, after its leaf and person locks, so two writers never wait on each other in a
 * cycle through it, and a series of fifty bookings updates it once. SQLite has one writer at
 * a time: a plain trigger per row. Retention's anonymisation changes none of these columns.
 * Literal values only: frozen.
 */
const TABLES = ['booking_units', 'booking_spaces', 'booking_resources'] as const;
const BOOKING_COLUMNS = 'resource_id, unit_id, status, start_at, end_at';

export const bookingDataVersion: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('booking_data_version')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('version', 'bigint', (col) => col.notNull().defaultTo(0))
      .execute();
    await sql`insert into booking_data_version (id, version) values (1, 0)`.execute(db);
    if (postgres) {
      await sql`
        create function booking_data_version_raise() returns trigger language plpgsql as $$
        begin
          if current_setting('kohtaamo.booking_data_version_raised', true) is distinct from 'yes' then
            update booking_data_version set version = version + 1 where id = 1;
            perform set_config('kohtaamo.booking_data_version_raised', 'yes', true);
          end if;
          return null;
        end $$`.execute(db);
      for (const table of TABLES) {
        await sql`
          create constraint trigger ${sql.raw(`${table}_data_version`)} after insert or update or delete on ${sql.raw(table)}
          deferrable initially deferred for each row execute function booking_data_version_raise()`.execute(db);
      }
      await sql`
        create constraint trigger booking_bookings_data_version after insert or delete or update of ${sql.raw(BOOKING_COLUMNS)} on booking_bookings
        deferrable initially deferred for each row execute function booking_data_version_raise()`.execute(db);
    } else {
      const raise = sql.raw('begin update booking_data_version set version = version + 1 where id = 1; end');
      for (const table of [...TABLES, 'booking_bookings']) {
        const update = table === 'booking_bookings' ? `update of ${BOOKING_COLUMNS}` : 'update';
        for (const [event, name] of [['insert', 'insert'], [update, 'update'], ['delete', 'delete']] as const) {
          await sql`create trigger ${sql.raw(`${table}_data_version_${name}`)} after ${sql.raw(event)} on ${sql.raw(table)} ${raise}`.execute(db);
        }
      }
    }
  },
  async down(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    for (const table of [...TABLES, 'booking_bookings']) {
      if (postgres) await sql`drop trigger ${sql.raw(`${table}_data_version`)} on ${sql.raw(table)}`.execute(db);
      else for (const name of ['insert', 'update', 'delete']) await sql`drop trigger ${sql.raw(`${table}_data_version_${name}`)}`.execute(db);
    }
    if (postgres) await sql`drop function booking_data_version_raise()`.execute(db);
    await db.schema.dropTable('booking_data_version').execute();
  },
};
