/**
 * City-scale space bookings for measuring (issue 13): the demo register (library, youth space,
 * school; written if missing) and `size` bookings over `years` years up to `now`, reproducible
 * from a seed (ids and manage-code hashes included). The promise of ADR 0029 holds as the
 * repository keeps it: no two live bookings share a leaf space at any moment, buffers included.
 * Within a unit the bookings take turns on one timeline (each unit's resources share leaves: the
 * two rooms and both together, the gym and its halves), one every `step` minutes with room for
 * the largest buffers, so the occupancy rows never meet; PostgreSQL's exclusion constraint
 * checks every row as it goes in. The times ignore opening hours (a load, not a calendar).
 * Some are cancelled or denied (no occupancy, as the repository leaves them), some future ones
 * wait for handling; those that ended more than 90 days ago are anonymised, as retention would.
 * Multi-row inserts of 400, 25 per transaction. Run through `npm run seed:scale`.
 */
import { createHash } from 'node:crypto';
import { mulberry32, occupancyOf } from '@kohtaamo/core';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/database.types.js';
import { DEMO_CITY } from '../platform/platform.config.js';
import type { ScaleSeedOptions } from '../platform/module.js';
import { upsertUnitRegister } from './booking.register.js';
import { createBookingRepository, hashCode } from './booking.repository.js';
import { demoRegister } from './booking.seed.js';
import type { BookingBookingTable, BookingOccupancyTable } from './booking.tables.js';
import './booking.tables.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const SLOT = 30 * MINUTE;
const BATCH = 400;
const BATCHES_PER_TRANSACTION = 25;
const NAMES = ['Aino', 'Eero', 'Helmi', 'Juho', 'Kerttu', 'Lauri', 'Maija', 'Oskari', 'Saga', 'Viljami', 'Elsa', 'Noah'];
const ORGANISATIONS = ['Heinolan Sähly ry', 'Kuntoilijat ry', 'Schackklubben', 'Eläkeläiset ry', 'Nuorisoseura', null, null, null];

/** Writes `size` bookings (exactly) of the demo register's resources. Does nothing when the generator's first booking exists. */
export async function seedBookingAtScale(db: Kysely<Database>, options: ScaleSeedOptions): Promise<{ bookings: number; units: number }> {
  if (await db.selectFrom('booking_bookings').select('id').where('id', '=', bookingId(options.seed, 0)).executeTakeFirst()) return { bookings: 0, units: 0 };
  const register = demoRegister(DEMO_CITY);
  for (const [unitId, unit] of Object.entries(register)) {
    if (await db.selectFrom('booking_units').select('id').where('id', '=', unitId).executeTakeFirst()) continue;
    const outcome = await upsertUnitRegister(db, unitId, unit, options.now);
    if (outcome !== 'ok') throw new Error(`booking scale seed: the register of ${unitId}: ${JSON.stringify(outcome)}`);
  }
  // Only the resources' rules and leaves are read: no mail, no clock of its own.
  const repository = createBookingRepository({ db, kind: 'sqlite', clock: () => options.now, secret: 'scale', publicUrl: null, cityName: DEMO_CITY.name });
  const units = await Promise.all(
    Object.entries(register).map(async ([unitId, unit]) => {
      const found = await Promise.all(unit.resources.filter((r) => r.active).map(async (r) => (await repository.resourceOf(r.id))!));
      const buffers = Math.max(...found.map((f) => f.resource.rules.bufferBeforeMinutes + f.resource.rules.bufferAfterMinutes));
      return { unitId, resources: found, buffers };
    }),
  );

  const random = mulberry32(options.seed ^ 0x5b0c_2a11);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 256).toString(16).padStart(2, '0')).join('');
  const perUnit = Math.ceil(options.size / units.length);
  const from = Math.floor((options.now.getTime() - options.years * 365 * DAY) / SLOT) * SLOT;
  // One booking every `step` on each unit's timeline: an hour long (30 min when the years are
  // too full for that), with the largest buffers of the unit between two.
  const span = options.now.getTime() - from;
  const length = (buffers: number) => (Math.floor(span / perUnit / SLOT) * SLOT >= 60 * MINUTE + buffers * MINUTE ? 60 : 30) * MINUTE;
  const stepOf = (buffers: number) => Math.max(Math.floor(span / perUnit / SLOT) * SLOT, Math.ceil((length(buffers) + buffers * MINUTE) / SLOT) * SLOT);

  let written = 0;
  let bookings: Insertable<BookingBookingTable>[] = [];
  let occupancy: Insertable<BookingOccupancyTable>[] = [];
  const flush = async () => {
    const b = bookings;
    const o = occupancy;
    bookings = [];
    occupancy = [];
    if (b.length === 0) return;
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < b.length; i += BATCH) await trx.insertInto('booking_bookings').values(b.slice(i, i + BATCH)).execute();
      for (let i = 0; i < o.length; i += BATCH) await trx.insertInto('booking_occupancy').values(o.slice(i, i + BATCH)).execute();
    });
    options.progress?.(written);
  };

  for (let k = 0; written < options.size; k++) {
    const unit = units[k % units.length]!;
    const n = Math.floor(k / units.length);
    const step = stepOf(unit.buffers);
    const { resource, leaves } = unit.resources[Math.floor(random() * unit.resources.length)]!;
    const start = from + n * step + resource.rules.bufferBeforeMinutes * MINUTE;
    const end = start + length(unit.buffers);
    const future = start > options.now.getTime();
    const roll = random();
    const status = roll < 0.05 ? 'cancelled' : roll < 0.08 && resource.rules.handlingRequired ? 'denied' : future && resource.rules.handlingRequired && roll < 0.3 ? 'pending' : 'confirmed';
    const anonymised = end < options.now.getTime() - 90 * DAY;
    const name = NAMES[Math.floor(random() * NAMES.length)]!;
    const organisation = ORGANISATIONS[Math.floor(random() * ORGANISATIONS.length)]!;
    const email = `${name.toLowerCase()}.${hex(4)}@example.fi`;
    const createdAt = new Date(start - (1 + random() * 30) * DAY).toISOString();
    const id = bookingId(options.seed, written);
    bookings.push({
      id,
      resource_id: resource.id,
      unit_id: resource.unitId,
      series_id: null,
      status,
      start_at: new Date(start).toISOString(),
      end_at: new Date(end).toISOString(),
      name: anonymised ? null : `${name} ${written + 1}`,
      email: anonymised ? null : email,
      phone: null,
      organisation: anonymised ? null : organisation,
      purpose: null,
      description: null,
      attendees: 1 + Math.floor(random() * 8),
      discount_group: null,
      price_cents: 0,
      lang: random() < 0.9 ? 'fi' : random() < 0.5 ? 'sv' : 'en',
      person_key: anonymised ? null : createHash('sha256').update(`scale-person:${email}`).digest('hex'),
      manage_code_hash: anonymised ? null : hashCode(hex(8)),
      on_behalf_by: null,
      handled_by: null,
      handled_at: status === 'denied' ? createdAt : null,
      deny_reason: status === 'denied' ? 'Tila on jo käytössä.' : null,
      version: status === 'confirmed' || status === 'pending' ? 1 : 2,
      created_at: createdAt,
      updated_at: createdAt,
      anonymised_at: anonymised ? new Date(end + 90 * DAY).toISOString() : null,
    });
    if (status === 'confirmed' || status === 'pending') {
      const busy = occupancyOf(start, end, resource.rules);
      for (const leaf of leaves) occupancy.push({ owner_id: id, leaf_id: leaf, start_ms: busy.start, end_ms: busy.end });
    }
    written++;
    if (bookings.length === BATCH * BATCHES_PER_TRANSACTION) await flush();
  }
  await flush();
  return { bookings: written, units: units.length };
}

/** The generator's booking ids: `b` and 16 hex digits, from the seed and the ordinal. */
function bookingId(seed: number, ordinal: number): string {
  return `b${createHash('sha256').update(`booking-scale:${seed}:${ordinal}`).digest('hex').slice(0, 16)}`;
}
