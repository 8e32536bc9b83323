import { IDEMPOTENCY_KEY_PATTERN } from '@kohtaamo/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.types.js';
import { writeTransaction } from '../db/group-commit.js';
import { IDEMPOTENCY_KEY_TTL_MS } from './idempotency.js';

export interface IdempotentRequest {
  /** The operation ("POST /api/v1/feedback"). */
  readonly scope: string;
  readonly key: string;
  readonly hash: string;
}

/** An answer as stored with its key and replayed byte for byte. */
export interface StoredResponse {
  readonly status: number;
  /** The JSON text of the body. */
  readonly body: string;
}

export type IdempotentOutcome<R> =
  /** The work ran and committed (with the key, when there was one). */
  | { readonly kind: 'done'; readonly result: R; readonly response: StoredResponse }
  /** The key was used before with the same body: the first answer, again. */
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  /** The key was used before with another body. */
  | { readonly kind: 'mismatch' };

export interface IdempotencyOptions {
  readonly clock?: () => Date;
}

/**
 * Runs `work` in one transaction together with claiming the idempotency key, so that a key is
 * stored if and only if the work's rows are stored.
 *
 * The key row is inserted first with ON CONFLICT DO NOTHING. On PostgreSQL a second transaction
 * inserting the same key waits on the unique index until the first commits (then finds the row
 * and replays it) or rolls back (then claims the key itself), so two identical requests at the
 * same moment, to one server or to several sharing the database, make one row. On SQLite the
 * transactions run one at a time (one connection per process, BEGIN IMMEDIATE across
 * processes). To answer without storing anything, `work` throws a Rollback.
 *
 * The transaction is the database's group commit (db/group-commit.ts): it may carry other
 * requests' writes too, each in its own savepoint; the promise settles after the commit.
 */
export async function runIdempotent<R>(
  db: Kysely<Database>,
  request: IdempotentRequest | null,
  work: (trx: Transaction<Database>) => Promise<{ result: R; response: StoredResponse }>,
  options: IdempotencyOptions = {},
): Promise<IdempotentOutcome<R>> {
  return writeTransaction(db, async (trx): Promise<IdempotentOutcome<R>> => {
    if (request === null) {
      const { result, response } = await work(trx);
      return { kind: 'done', result, response };
    }
    const now = options.clock?.() ?? new Date();
    const expiredBefore = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS).toISOString();
    // An expired key may be used again: forget its old answer first.
    await trx
      .deleteFrom('idempotency_keys')
      .where('scope', '=', request.scope)
      .where('key', '=', request.key)
      .where('created_at', '<', expiredBefore)
      .execute();
    const claimed = await trx
      .insertInto('idempotency_keys')
      .values({
        scope: request.scope,
        key: request.key,
        request_hash: request.hash,
        response_status: null,
        response_body: null,
        created_at: now.toISOString(),
      })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (claimed === undefined) {
      const stored = await trx
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'response_status', 'response_body'])
        .where('scope', '=', request.scope)
        .where('key', '=', request.key)
        .executeTakeFirstOrThrow();
      if (stored.request_hash !== request.hash) return { kind: 'mismatch' };
      if (stored.response_status === null || stored.response_body === null) {
        throw new Error(`Idempotency key ${request.scope} ${request.key} has no stored answer`);
      }
      return { kind: 'replay', response: { status: stored.response_status, body: stored.response_body } };
    }
    const { result, response } = await work(trx);
    await trx
      .updateTable('idempotency_keys')
      .set({ response_status: response.status, response_body: response.body })
      .where('scope', '=', request.scope)
      .where('key', '=', request.key)
      .execute();
    return { kind: 'done', result, response };
  });
}

/**
 * Whether an Idempotency-Key header (quoted or bare) names a key of `scope` that has its answer
 * stored and not expired: the request is a replay, answered from the store.
 */
export async function hasStoredAnswer(db: Kysely<Database>, scope: string, header: string | undefined, now: Date): Promise<boolean> {
  const key = header?.trim().replace(/^"(.*)"$/, '$1');
  if (!key || !IDEMPOTENCY_KEY_PATTERN.test(key)) return false;
  const row = await db
    .selectFrom('idempotency_keys')
    .select('response_status')
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('created_at', '>=', new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS).toISOString())
    .executeTakeFirst();
  return row !== undefined && row.response_status !== null;
}

/** Forgets keys older than the time-to-live. Best effort: run after writes, outside their transaction. */
export async function deleteExpiredKeys(db: Kysely<Database>, clock: () => Date = () => new Date()): Promise<number> {
  const expiredBefore = new Date(clock().getTime() - IDEMPOTENCY_KEY_TTL_MS).toISOString();
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', expiredBefore).executeTakeFirst();
  return Number(result.numDeletedRows);
}
