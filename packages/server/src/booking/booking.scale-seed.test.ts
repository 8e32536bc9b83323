import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { seedBookingAtScale } from './booking.scale-seed.js';

const databases: TestDatabase[] = [];
after(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
});

const NOW = new Date('2026-12-01T12:00:00.000Z');

async function written(seed: number, size = 3000) {
  const database = await createTestDatabase();
  databases.push(database);
  const db = database.handle.db;
  const outcome = await seedBookingAtScale(db, { size, seed, years: 1, now: NOW });
  const again = await seedBookingAtScale(db, { size, seed, years: 1, now: NOW });
  const bookings = await db.selectFrom('booking_bookings').selectAll().orderBy('id').execute();
  const occupancy = await db.selectFrom('booking_occupancy').selectAll().orderBy('leaf_id').orderBy('start_ms').execute();
  return { outcome, again, bookings, occupancy, digest: createHash('sha256').update(JSON.stringify([bookings, occupancy])).digest('hex') };
}

test(`the city-scale generator writes the same bookings from the same seed, and never two live ones on a leaf space at once (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const a = await written(42);
  const b = await written(42);
  const c = await written(43);
  assert.equal(a.digest, b.digest);
  assert.notEqual(a.digest, c.digest);
  assert.equal(a.outcome.bookings, 3000);
  assert.equal(a.again.bookings, 0, 'a second run writes nothing');
  assert.equal(a.bookings.length, 3000);
  // The rule the exclusion constraint keeps on PostgreSQL, checked on both: on each leaf, each
  // occupancy ends before the next begins (buffers included), and only live bookings occupy.
  const live = new Set(a.bookings.filter((x) => x.status === 'confirmed' || x.status === 'pending').map((x) => x.id));
  assert.deepEqual(new Set(a.occupancy.map((o) => o.owner_id)), live);
  for (let i = 1; i < a.occupancy.length; i++) {
    const [p, o] = [a.occupancy[i - 1]!, a.occupancy[i]!];
    if (p.leaf_id === o.leaf_id) assert.ok(Number(p.end_ms) <= Number(o.start_ms), `${o.leaf_id}: ${p.owner_id} and ${o.owner_id} overlap`);
  }
  // Across a space and its sub-spaces: the two rooms and "both rooms" share leaves.
  const both = a.bookings.filter((x) => x.resource_id === 'library-rooms-both' && live.has(x.id));
  assert.ok(both.length > 0, 'bookings of the room pair');
  assert.deepEqual([...new Set(a.bookings.map((x) => x.status))].sort(), ['cancelled', 'confirmed', 'denied'].concat(a.bookings.some((x) => x.status === 'pending') ? ['pending'] : []).sort());
  assert.ok(a.bookings.some((x) => x.anonymised_at !== null && x.email === null) && a.bookings.some((x) => x.anonymised_at === null && x.email !== null), 'older ones anonymised');
});
