/**
 * The public booking figures at city scale (issue 13): utilisation per leaf space and month over
 * up to 36 months of confirmed bookings. Before, each request read every confirmed booking of
 * the months into JavaScript on the event loop (at 100,000 bookings ~80,000 row objects, a
 * synchronous read and its garbage: 160–230 ms during which the server answered nothing).
 *
 * Now the event loop only passes strings between threads:
 * - the database (on SQLite the reader thread, db/sqlite-reader.ts) returns one row per
 *   resource, its bookings' times joined into one string (`confirmedTimes`);
 * - the utilisation (opening hours, overlap, month clipping) runs in a worker thread
 *   (`booking-figures.worker.ts`) with the register, and answers a few hundred rows;
 * - the routes keep the answer until the data it reads change (platform/versioned-memo.ts with
 *   the module's data version, `bookingDataVersion`, on both databases: ADR 0071) and send it
 *   with an ETag.
 *
 * The times are not summed per resource and day in SQL: utilisation counts booked time inside
 * the space's opening hours, and a booking may lie partly outside them (the hours changed
 * after it was made, a staff booking, the generator's around-the-clock bookings), so a sum
 * cannot give the same figure. The computation itself is the same `utilisation` as before,
 * with the same input, so the figures are the same (booking.figures.test.ts checks it).
 */
import { SpaceTree, compileOpeningHours, utilisation, type BookingUnit, type CompiledOpeningHours, type Resource, type Space, type UtilisationRow } from '@kohtaamo/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { createWorkerThread, type WorkerThread } from '../platform/worker-thread.js';

/** What the worker needs: the register's spaces and hours, the months, each resource's booked times. */
export interface UtilisationJob {
  readonly spaces: readonly Space[];
  /** In the register's order (by id): a leaf's hours are those of the first resource over it. */
  readonly resources: readonly Pick<Resource, 'id' | 'spaceIds' | 'openingHours'>[];
  readonly units: readonly Pick<BookingUnit, 'id' | 'openingHours'>[];
  /** 'YYYY-MM', in order. */
  readonly months: readonly string[];
  readonly booked: readonly ResourceTimes[];
}

/** A resource's confirmed bookings: `times` is "start/end" pairs of ISO instants joined by ",". */
export interface ResourceTimes {
  readonly resourceId: string;
  readonly times: string;
}

export interface UtilisationAnswer {
  readonly rows: UtilisationRow[];
}

/** The utilisation rows of a job (in the worker; callable anywhere). */
export function utilisationOf(job: UtilisationJob): UtilisationAnswer {
  const tree = new SpaceTree([...job.spaces]);
  const leavesOf = new Map(job.resources.map((r) => [r.id, tree.leavesOfAll(r.spaceIds)]));
  const bookings: { start: number; end: number; leaves: readonly string[] }[] = [];
  for (const { resourceId, times } of job.booked) {
    const leaves = leavesOf.get(resourceId) ?? [];
    if (times === '') continue;
    for (const pair of times.split(',')) {
      const slash = pair.indexOf('/');
      bookings.push({ start: Date.parse(pair.slice(0, slash)), end: Date.parse(pair.slice(slash + 1)), leaves });
    }
  }
  // A bookable space is open when the first resource over it is; an open-access one, when its unit is.
  const hoursOfLeaf = new Map<string, CompiledOpeningHours | null>();
  const compiled = new Map<string, CompiledOpeningHours>();
  const compile = (key: string, hours: Resource['openingHours']) => {
    let found = compiled.get(key);
    if (found === undefined) compiled.set(key, (found = compileOpeningHours(hours)));
    return found;
  };
  const units = new Map(job.units.map((u) => [u.id, u]));
  const hoursOf = (space: Space): CompiledOpeningHours | null => {
    if (hoursOfLeaf.has(space.id)) return hoursOfLeaf.get(space.id)!;
    const resource = job.resources.find((r) => leavesOf.get(r.id)!.includes(space.id));
    const unit = units.get(space.unitId);
    const hours = resource ? compile(resource.id, resource.openingHours) : unit ? compile(`unit:${unit.id}`, unit.openingHours) : null;
    hoursOfLeaf.set(space.id, hours);
    return hours;
  };
  return {
    rows: utilisation({
      spaces: job.spaces,
      bookings,
      months: job.months,
      openIntervals: (space, a, b) => hoursOf(space)?.intervals(a, b) ?? [],
    }),
  };
}

/**
 * The confirmed bookings between two instants (those that overlap them), one row per resource
 * with its times in one string: on SQLite read on the reader thread, so neither the read nor
 * its rows hold the event loop; what crosses to it is a string per resource.
 */
export async function confirmedTimes(reader: Kysely<Database>, kind: 'sqlite' | 'postgresql', from: string, to: string): Promise<ResourceTimes[]> {
  const rows = await reader
    .selectFrom('booking_bookings')
    .select(['resource_id', (kind === 'postgresql' ? sql<string>`string_agg(start_at || '/' || end_at, ',')` : sql<string>`group_concat(start_at || '/' || end_at, ',')`).as('times')])
    .where('status', '=', 'confirmed')
    .where('start_at', '<', to)
    .where('end_at', '>', from)
    .groupBy('resource_id')
    .execute();
  return rows.map((r) => ({ resourceId: r.resource_id, times: r.times ?? '' }));
}

/**
 * The data version of what the figures read (bookings' times and statuses, the register): raised
 * by triggers in every writer's transaction (migration 0003, ADR 0071). Read it before the data.
 */
export async function bookingDataVersion(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('booking_data_version').select('version').where('id', '=', 1).executeTakeFirst();
  return String(row?.version ?? 0);
}

const workers = new WeakMap<Kysely<Database>, WorkerThread<UtilisationJob, UtilisationAnswer>>();

/** The figures' worker thread of a database (one per database and process; idle, it keeps nothing alive). */
export function figuresWorker(db: Kysely<Database>): WorkerThread<UtilisationJob, UtilisationAnswer> {
  let worker = workers.get(db);
  if (!worker) {
    worker = createWorkerThread<UtilisationJob, UtilisationAnswer>(new URL('./booking-figures.worker.js', import.meta.url), new URL('./booking-figures.worker.ts', import.meta.url), 'booking figures');
    workers.set(db, worker);
  }
  return worker;
}

/** Stops a database's figures worker (tests). */
export async function closeFiguresWorker(db: Kysely<Database>): Promise<void> {
  await workers.get(db)?.close();
  workers.delete(db);
}
