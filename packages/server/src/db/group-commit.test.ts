import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { newIdempotencyKey } from '@kohtaamo/core';
import { sql, type Transaction } from 'kysely';
import { createFeedbackRepository } from '../feedback/feedback.repository.js';
import { seedCategories } from '../feedback/feedback.seed.js';
import { SUBMIT_SCOPE } from '../feedback/feedback.routes.js';
import { requestHash } from '../http/idempotency.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { validSubmission } from '../testing/test-server.js';
import type { DatabaseHandle } from './database.js';
import type { Database } from './database.types.js';
import { createGroupCommitter, groupCommitterOf } from './group-commit.js';

const kind = process.env.KOHTAAMO_TEST_DB ?? 'sqlite';
let database: TestDatabase;
/** Another connection: what another process, or the next request, would see. */
let other: DatabaseHandle;

before(async () => {
  database = await createTestDatabase();
  await seedCategories(database.handle.db);
  other = await database.openAnother();
});

after(async () => {
  await database?.cleanup();
});

/** A feedback_history-free row of its own: an idempotency key row with a unique key. */
async function insertMarker(trx: Transaction<Database>, marker: string): Promise<void> {
  await trx
    .insertInto('idempotency_keys')
    .values({ scope: 'group-commit test', key: marker, request_hash: 'h', response_status: 200, response_body: '{}', created_at: new Date().toISOString() })
    .execute();
}

async function markersSeenByOther(markers: readonly string[]): Promise<string[]> {
  if (markers.length === 0) return [];
  const rows = await other.db.selectFrom('idempotency_keys').select('key').where('scope', '=', 'group-commit test').where('key', 'in', markers).execute();
  return rows.map((r) => r.key).sort();
}

describe(`group commit (${kind})`, () => {
  test('the database opens with a group committer, which the idempotent writes use', () => {
    assert.ok(groupCommitterOf(database.handle.db));
  });

  test('writes queued together share one transaction, and each settles only once it is visible to another connection', async () => {
    const committer = createGroupCommitter(database.handle.db, { maxBatch: 64 });
    const markers = Array.from({ length: 20 }, () => randomUUID());
    const seenInside: string[][] = [];
    const seenAtSettle: string[][] = [];
    const results = await Promise.all(
      markers.map((marker) =>
        committer
          .run(async (trx) => {
            await insertMarker(trx, marker);
            // Before the commit no other connection sees the row.
            seenInside.push(await markersSeenByOther([marker]));
            return marker;
          })
          .then(async (value) => {
            // When the promise settles the row is committed: another connection sees it.
            seenAtSettle.push(await markersSeenByOther([marker]));
            return value;
          }),
      ),
    );
    assert.deepEqual(results, markers);
    assert.deepEqual(seenInside, markers.map(() => []));
    assert.deepEqual(seenAtSettle.flat().sort(), [...markers].sort());
    assert.equal(committer.stats.transactions, 1, 'twenty writes, one commit');
    assert.equal(committer.stats.largestBatch, 20);
  });

  test('a write that fails is rolled back alone: the others of its batch commit and succeed', async () => {
    const committer = createGroupCommitter(database.handle.db);
    const markers = Array.from({ length: 5 }, () => randomUUID());
    const duplicate = markers[1]!;
    const ownOfFailed = randomUUID();
    const outcomes = await Promise.allSettled(
      [...markers, 'fails'].map((marker) =>
        committer.run(async (trx) => {
          if (marker === 'fails') {
            // Writes its own row, then breaks a unique key: all of it must go.
            await insertMarker(trx, ownOfFailed);
            await insertMarker(trx, duplicate);
            return ownOfFailed;
          }
          await insertMarker(trx, marker);
          return marker;
        }),
      ),
    );
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected'],
    );
    assert.deepEqual(await markersSeenByOther(markers), [...markers].sort());
    assert.equal(committer.stats.transactions, 1);
    assert.deepEqual(await markersSeenByOther([ownOfFailed]), [], 'the failed write left nothing');
  });

  test('a write that throws on purpose (a Rollback) leaves the rest of the batch alone', async () => {
    const committer = createGroupCommitter(database.handle.db);
    const markers = [randomUUID(), randomUUID()];
    const outcomes = await Promise.allSettled([
      committer.run(async (trx) => insertMarker(trx, markers[0]!)),
      committer.run(async () => {
        throw new Error('refused');
      }),
      committer.run(async (trx) => insertMarker(trx, markers[1]!)),
    ]);
    assert.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.equal((outcomes[1] as PromiseRejectedResult).reason.message, 'refused');
    assert.deepEqual(await markersSeenByOther(markers), [...markers].sort());
  });

  test('when the commit fails, every write of the batch fails and none is stored', { skip: kind !== 'sqlite' && 'deferred foreign keys through a pragma: SQLite only' }, async () => {
    const committer = createGroupCommitter(database.handle.db);
    const markers = [randomUUID(), randomUUID()];
    const outcomes = await Promise.allSettled([
      committer.run(async (trx) => insertMarker(trx, markers[0]!)),
      committer.run(async (trx) => {
        // A foreign key checked at COMMIT, not at the statement: the statement passes, the commit fails.
        await sql`pragma defer_foreign_keys = on`.execute(trx);
        await trx
          .insertInto('feedback_history')
          .values({ id: randomUUID(), feedback_id: 'no such feedback', status: 'received', at: new Date().toISOString(), actor_id: null, actor_name: null, public_reply: null })
          .execute();
      }),
      committer.run(async (trx) => insertMarker(trx, markers[1]!)),
    ]);
    assert.deepEqual(outcomes.map((o) => o.status), ['rejected', 'rejected', 'rejected']);
    assert.deepEqual(await markersSeenByOther(markers), []);
    // The connection is usable afterwards.
    await committer.run(async (trx) => insertMarker(trx, markers[0]!));
    assert.deepEqual(await markersSeenByOther(markers), [markers[0]]);
  });

  test('idempotency holds inside one batch: the same key twice makes one report, the second answer a replay of the first', async () => {
    const repository = createFeedbackRepository(database.handle.db);
    const submission = validSubmission({ message: 'Kaksi samaa pyyntöä samassa erässä.' }) as Parameters<typeof repository.submit>[0];
    const key = newIdempotencyKey();
    const request = { scope: SUBMIT_SCOPE, key, hash: requestHash(submission) };
    const otherBody = validSubmission({ message: 'Sama avain, eri sisältö.' }) as Parameters<typeof repository.submit>[0];
    const before = groupCommitterOf(database.handle.db)!.stats.transactions;
    const [first, second, mismatch, plain] = await Promise.all([
      repository.submit(submission, request),
      repository.submit(submission, request),
      repository.submit(otherBody, { scope: SUBMIT_SCOPE, key, hash: requestHash(otherBody) }),
      repository.submit(submission, null),
    ]);
    assert.equal(groupCommitterOf(database.handle.db)!.stats.transactions, before + 1, 'one commit for the four');
    assert.equal(first.kind, 'created');
    assert.equal(second.kind, 'replayed');
    assert.equal(mismatch.kind, 'idempotencyMismatch');
    assert.equal(plain.kind, 'created');
    if (first.kind !== 'created' || second.kind !== 'replayed' || plain.kind !== 'created') return;
    assert.equal(second.response.body, first.response.body);
    const rows = await other.db.selectFrom('feedback').select('tracking_code').where('message', '=', 'Kaksi samaa pyyntöä samassa erässä.').execute();
    assert.deepEqual(rows.map((r) => r.tracking_code).sort(), [first.receipt.trackingCode, plain.receipt.trackingCode].sort());
  });

  test('many concurrent submissions are all stored, in fewer commits than submissions', async () => {
    const repository = createFeedbackRepository(database.handle.db);
    const committer = groupCommitterOf(database.handle.db)!;
    const before = { ...committer.stats };
    const message = 'Rinnakkain lähetetty palaute.';
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        repository.submit(validSubmission({ message }) as Parameters<typeof repository.submit>[0], i % 2 === 0 ? null : { scope: SUBMIT_SCOPE, key: newIdempotencyKey(), hash: `h${i}` }),
      ),
    );
    const codes = outcomes.map((o) => (o.kind === 'created' ? o.receipt.trackingCode : o.kind));
    assert.equal(new Set(codes).size, 40, 'forty reports, forty tracking codes');
    const stored = await other.db.selectFrom('feedback').select('tracking_code').where('message', '=', message).execute();
    assert.deepEqual(stored.map((r) => r.tracking_code).sort(), [...codes].sort());
    assert.equal(committer.stats.writes - before.writes, 40);
    assert.ok(committer.stats.transactions - before.transactions < 40, 'batched');
  });
});
