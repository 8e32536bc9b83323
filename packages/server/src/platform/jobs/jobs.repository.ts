import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';

/**
 * Named background jobs shared by every server process on one database (table `platform_jobs`).
 *
 * A process runs a job only after it takes the job's lease with one conditional UPDATE: the
 * row must be due (`next_run_at` has come) and unleased (no lease, or an expired one). On
 * PostgreSQL a second UPDATE of the same row waits for the first to commit and then re-checks
 * its WHERE against the new row, so it finds the lease taken; SQLite runs one writer at a time.
 * So a job runs once per interval across all processes, never twice at once, and a process
 * that dies while holding a lease delays the job only until its lease runs out.
 */
export interface JobLease {
  readonly name: string;
  readonly token: string;
  readonly startedAt: Date;
}

/** Takes the lease of `name` when it is due; null when it is not due or another process holds it. */
export async function claimJob(db: Kysely<Database>, name: string, now: Date, leaseMs: number): Promise<JobLease | null> {
  const nowIso = now.toISOString();
  await db
    .insertInto('platform_jobs')
    .values({ name, next_run_at: new Date(0).toISOString(), leased_until: null, lease_token: null, last_started_at: null, last_finished_at: null, last_error: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const token = randomUUID();
  const result = await db
    .updateTable('platform_jobs')
    .set((eb) => ({ leased_until: new Date(now.getTime() + leaseMs).toISOString(), lease_token: token, last_started_at: nowIso, runs: eb('runs', '+', 1) }))
    .where('name', '=', name)
    .where('next_run_at', '<=', nowIso)
    .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<', nowIso)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0 ? { name, token, startedAt: now } : null;
}

/** Gives the lease back and sets when the job is due next; a lost lease (expired and taken) changes nothing. */
export async function finishJob(db: Kysely<Database>, lease: JobLease, now: Date, nextRunAt: Date, error: string | null): Promise<void> {
  await db
    .updateTable('platform_jobs')
    .set({ leased_until: null, lease_token: null, next_run_at: nextRunAt.toISOString(), last_finished_at: now.toISOString(), last_error: error?.slice(0, 1000) ?? null })
    .where('name', '=', lease.name)
    .where('lease_token', '=', lease.token)
    .execute();
}

/** Makes a job due now (an operator's "run it again", tests). */
export async function makeJobDue(db: Kysely<Database>, name: string, now: Date): Promise<void> {
  await db.updateTable('platform_jobs').set({ next_run_at: now.toISOString() }).where('name', '=', name).execute();
}

export interface JobState {
  readonly name: string;
  readonly runs: number;
  readonly nextRunAt: string;
  readonly lastFinishedAt: string | null;
  readonly lastError: string | null;
}

export async function jobStates(db: Kysely<Database>): Promise<JobState[]> {
  const rows = await db.selectFrom('platform_jobs').selectAll().orderBy('name').execute();
  return rows.map((r) => ({ name: r.name, runs: Number(r.runs), nextRunAt: r.next_run_at, lastFinishedAt: r.last_finished_at, lastError: r.last_error }));
}

/**
 * Runs `work` if this process takes the lease of `name`; then the job is due again after
 * `intervalMs` (after `retryMs` when it failed). Returns whether it ran here, and its result.
 */
export async function runIfDue<T>(
  db: Kysely<Database>,
  name: string,
  options: { readonly now: () => Date; readonly intervalMs: number; readonly leaseMs?: number; readonly retryMs?: number },
  work: () => Promise<T>,
): Promise<{ ran: false } | { ran: true; result: T }> {
  const leaseMs = options.leaseMs ?? Math.max(60_000, Math.min(options.intervalMs, 30 * 60_000));
  const lease = await claimJob(db, name, options.now(), leaseMs);
  if (lease === null) return { ran: false };
  try {
    const result = await work();
    const end = options.now();
    await finishJob(db, lease, end, new Date(lease.startedAt.getTime() + options.intervalMs), null);
    return { ran: true, result };
  } catch (error) {
    const end = options.now();
    const retryMs = options.retryMs ?? Math.min(options.intervalMs, 5 * 60_000);
    await finishJob(db, lease, end, new Date(end.getTime() + retryMs), error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
}
