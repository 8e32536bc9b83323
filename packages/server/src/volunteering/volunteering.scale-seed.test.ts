import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { seedVolunteeringAtScale } from './volunteering.scale-seed.js';

const databases: TestDatabase[] = [];
after(async () => {
  await Promise.all(databases.map((d) => d.cleanup()));
});

const NOW = new Date('2026-12-01T12:00:00.000Z');

async function written(seed: number) {
  const database = await createTestDatabase();
  databases.push(database);
  const db = database.handle.db;
  const outcome = await seedVolunteeringAtScale(db, { size: 3000, seed, years: 2, now: NOW });
  const signups = await db.selectFrom('volunteering_signups').selectAll().where('shift_id', 'like', 's-scale-%').orderBy('id').execute();
  const shifts = await db.selectFrom('volunteering_shifts').selectAll().where('id', 'like', 's-scale-%').orderBy('id').execute();
  return { outcome, signups, shifts, digest: createHash('sha256').update(JSON.stringify([signups, shifts])).digest('hex') };
}

test(`the city-scale generator writes the same sign-ups from the same seed, within each shift's seats and waiting list (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, async () => {
  const a = await written(42);
  const b = await written(42);
  const c = await written(43);
  assert.equal(a.digest, b.digest);
  assert.notEqual(a.digest, c.digest);
  assert.equal(a.outcome.signups, 3000);
  assert.equal(a.signups.length, 3000);
  for (const shift of a.shifts) {
    const mine = a.signups.filter((s) => s.shift_id === shift.id);
    const seats = mine.filter((s) => s.status === 'attending').reduce((t, s) => t + Number(s.group_size), 0);
    const waiting = mine.filter((s) => s.status === 'waiting').reduce((t, s) => t + Number(s.group_size), 0);
    assert.ok(seats <= Number(shift.capacity), `${shift.id}: ${seats} attending of ${shift.capacity}`);
    assert.ok(waiting <= Number(shift.waiting_list_capacity), `${shift.id}: ${waiting} waiting of ${shift.waiting_list_capacity}`);
    assert.deepEqual(mine.map((s) => Number(s.queue_no)).sort((x, y) => x - y), mine.map((_, i) => i + 1), 'arrival order 1, 2, …');
  }
  assert.deepEqual([...new Set(a.signups.map((s) => s.status))].sort(), ['attending', 'cancelled', 'waiting']);
  assert.ok(a.signups.some((s) => s.anonymised_at !== null) && a.signups.some((s) => s.anonymised_at === null), 'older ones anonymised');
});
