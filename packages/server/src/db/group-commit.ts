/**
 * Group commit (ADR 0020): the writes of several requests in one database transaction, each
 * acknowledged only after that transaction committed.
 *
 * A durable commit costs a sync of the log to disk (SQLite WAL with synchronous=FULL, PostgreSQL
 * with synchronous_commit on): about the same for one row as for fifty. Writes that arrive
 * while a transaction is running queue up; the next transaction takes up to `maxBatch` of them
 * and runs each inside its own SAVEPOINT, one after another:
 *   - a write that throws is rolled back to its savepoint and rejected with its own error; the
 *     others of its batch go on and commit;
 *   - when the COMMIT fails (or the transaction is lost, e.g. SQLite rolled it back on an I/O
 *     error), every write of the batch is rejected: none is acknowledged, none is stored;
 *   - a write's promise settles only after the COMMIT returned: an answer sent from it
 *     describes stored data.
 * A write alone in the queue runs in a plain transaction, with no savepoint. Writes of one
 * batch see each other's rows (they share the transaction), as they would had they run one
 * after another: uniqueness and idempotency keys hold the same way.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.types.js';

export interface GroupCommitOptions {
  /** Most writes in one transaction (64). */
  readonly maxBatch?: number;
  /** Transactions running at once: 1 on SQLite (one writer), a few on PostgreSQL. */
  readonly concurrency?: number;
}

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Job {
  readonly work: Work<unknown>;
  /** Times it was rolled back by a deadlock between two batches and queued again. */
  retries: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

export interface GroupCommitter {
  /** Runs `work` in a transaction shared with other writes; settles after its commit. */
  run<T>(work: Work<T>): Promise<T>;
  /** Transactions committed and writes carried so far (for tests and figures). */
  readonly stats: { readonly transactions: number; readonly writes: number; readonly largestBatch: number };
}

export function createGroupCommitter(db: Kysely<Database>, options: GroupCommitOptions = {}): GroupCommitter {
  const maxBatch = options.maxBatch ?? 64;
  const concurrency = options.concurrency ?? 1;
  const queue: Job[] = [];
  const stats = { transactions: 0, writes: 0, largestBatch: 0 };
  let running = 0;
  let scheduled = false;

  // Waits for the end of the current turn of the event loop, so that the writes of requests
  // parsed in the same turn go together, then starts as many batches as may run.
  function schedule(): void {
    if (scheduled || running >= concurrency || queue.length === 0) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      while (running < concurrency && queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        running++;
        void runBatch(batch).finally(() => {
          running--;
          schedule();
        });
      }
    });
  }

  async function runBatch(batch: Job[]): Promise<void> {
    if (batch.length === 1) {
      const job = batch[0]!;
      try {
        const value = await db.transaction().execute(job.work);
        count(1);
        job.resolve(value);
      } catch (error) {
        job.reject(error);
      }
      return;
    }
    let trx;
    try {
      trx = await db.startTransaction().execute();
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    const succeeded: Array<{ job: Job; value: unknown }> = [];
    const failed: Array<{ job: Job; error: unknown }> = [];
    const requeued: Job[] = [];
    try {
      for (let i = 0; i < batch.length; i++) {
        const job = batch[i]!;
        const name = `w${i}`;
        const inner = await trx.savepoint(name).execute();
        let value: unknown;
        try {
          value = await job.work(inner);
        } catch (error) {
          // If the transaction itself is gone, this throws too and the whole batch fails below.
          await inner.rollbackToSavepoint(name).execute();
          await inner.releaseSavepoint(name).execute();
          if (isDeadlock(error) && job.retries < MAX_DEADLOCK_RETRIES) {
            // PostgreSQL: two batches waited on each other's rows (which one request alone
            // never does). Its savepoint released what it held; it runs again in a later batch.
            job.retries++;
            requeued.push(job);
          } else {
            failed.push({ job, error });
          }
          continue;
        }
        await inner.releaseSavepoint(name).execute();
        succeeded.push({ job, value });
      }
      await trx.commit().execute();
    } catch (error) {
      await trx.rollback().execute().catch(() => undefined);
      // Nothing of this batch is stored: the writes that had worked fail with the cause.
      for (const { job } of succeeded) job.reject(error);
      for (const { job, error: own } of failed) job.reject(own);
      const settled = new Set([...succeeded, ...failed].map((s) => s.job));
      for (const job of batch) if (!settled.has(job)) job.reject(error);
      return;
    }
    queue.push(...requeued);
    count(batch.length - requeued.length);
    for (const { job, value } of succeeded) job.resolve(value);
    for (const { job, error } of failed) job.reject(error);
  }

  function count(writes: number): void {
    stats.transactions++;
    stats.writes += writes;
    stats.largestBatch = Math.max(stats.largestBatch, writes);
  }

  return {
    run<T>(work: Work<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work: work as Work<unknown>, resolve: resolve as (value: unknown) => void, reject, retries: 0 });
        schedule();
      });
    },
    stats,
  };
}

/** PostgreSQL's deadlock_detected: a write caught in one is tried again this many times. */
const MAX_DEADLOCK_RETRIES = 3;

function isDeadlock(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '40P01';
}

const committers = new WeakMap<object, GroupCommitter>();

/** Makes `writeTransaction` on this database go through a group committer (database.ts does it on open). */
export function useGroupCommit(db: Kysely<Database>, options: GroupCommitOptions = {}): GroupCommitter {
  const committer = createGroupCommitter(db, options);
  committers.set(db, committer);
  return committer;
}

export function groupCommitterOf(db: Kysely<Database>): GroupCommitter | undefined {
  return committers.get(db);
}

/**
 * Runs a durable write in a transaction: through the database's group committer when it has
 * one, else in a transaction of its own. Either way the promise settles after the commit.
 * For short writes of one request (a submission, a follow); not for long jobs, which would
 * hold up the writes batched with them.
 */
export function writeTransaction<T>(db: Kysely<Database>, work: Work<T>): Promise<T> {
  const committer = committers.get(db);
  return committer ? committer.run(work) : db.transaction().execute(work);
}
