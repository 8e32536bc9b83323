import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DatabaseHandle } from '../../db/database.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { claimJob, jobStates, makeJobDue, runIfDue } from './jobs.repository.js';

let database: TestDatabase;
let others: DatabaseHandle[];

before(async () => {
  database = await createTestDatabase();
  // Four "server processes": four connections (pools on PostgreSQL) to one database.
  others = await Promise.all([database.openAnother(), database.openAnother(), database.openAnother()]);
});

after(async () => {
  await database?.cleanup();
});

describe(`jobs shared by several processes (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('processes asking at the same moment: the job runs in one, once per interval', async () => {
    const handles = [database.handle, ...others];
    let now = new Date('2026-05-01T10:00:00.000Z');
    let running = 0;
    let most = 0;
    let runs = 0;
    const work = async () => {
      running++;
      most = Math.max(most, running);
      runs++;
      await new Promise((r) => setTimeout(r, 20));
      running--;
    };
    const round = () =>
      Promise.all(handles.flatMap((h) => [0, 1, 2].map(() => runIfDue(h.db, 'test/race', { now: () => now, intervalMs: 3600_000 }, work))));
    const first = await round();
    assert.equal(first.filter((r) => r.ran).length, 1, 'one of twelve callers ran it');
    assert.equal(runs, 1);
    assert.equal(most, 1);
    // Within the interval nobody runs it again; after it, one does.
    now = new Date('2026-05-01T10:59:59.000Z');
    assert.equal((await round()).filter((r) => r.ran).length, 0);
    now = new Date('2026-05-01T11:00:00.000Z');
    assert.equal((await round()).filter((r) => r.ran).length, 1);
    const state = (await jobStates(database.handle.db)).find((s) => s.name === 'test/race');
    assert.equal(state?.runs, 2);
    assert.equal(state?.nextRunAt, '2026-05-01T12:00:00.000Z');
  });

  test('a lease held by a process that died runs out; a failed run is retried sooner and its error kept', async () => {
    const db = database.handle.db;
    const t0 = new Date('2026-06-01T00:00:00.000Z');
    const lease = await claimJob(db, 'test/crash', t0, 60_000);
    assert.ok(lease, 'first claim');
    // The holder "dies": nobody else gets it while the lease holds, someone does after.
    assert.equal(await claimJob(others[0]!.db, 'test/crash', new Date(t0.getTime() + 59_000), 60_000), null);
    assert.ok(await claimJob(others[0]!.db, 'test/crash', new Date(t0.getTime() + 61_000), 60_000));

    const t1 = new Date('2026-06-02T00:00:00.000Z');
    await assert.rejects(
      runIfDue(db, 'test/fails', { now: () => t1, intervalMs: 6 * 3600_000, retryMs: 60_000 }, async () => {
        throw new Error('disk full');
      }),
      /disk full/,
    );
    const failed = (await jobStates(db)).find((s) => s.name === 'test/fails');
    assert.equal(failed?.lastError, 'disk full');
    assert.equal(failed?.nextRunAt, '2026-06-02T00:01:00.000Z');
    await makeJobDue(db, 'test/fails', t1);
    assert.deepEqual(await runIfDue(db, 'test/fails', { now: () => t1, intervalMs: 6 * 3600_000 }, async () => 7), { ran: true, result: 7 });
    assert.equal((await jobStates(db)).find((s) => s.name === 'test/fails')?.lastError, null);
  });
});
