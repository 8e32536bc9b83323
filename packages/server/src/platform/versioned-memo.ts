/**
 * Keeps answers that are costly to compute until the data they read change (ADR 0020, 0071).
 * A stamp is read before the data; an entry is reused while it and the time bucket are the same.
 * The stamp is, in order of preference:
 * - the module's own data version of what the answers read (`version`): a counter that
 *   triggers raise in every writer's transaction, read with one indexed query, on both
 *   databases; a change elsewhere in the database keeps the answers, a change of these data in
 *   any process drops them (booking's figures: ADR 0071);
 * - on SQLite, the database's data version (db/database.ts: another process's commit or a row
 *   changed by this one, anywhere in the database), read with no query;
 * - else (PostgreSQL, whose other processes write unseen) nothing: the answer is computed every
 *   time, as correctness never rests on a guess of how long data stay still.
 *
 *   const memo = createVersionedMemo<CachedBody>(db);
 *   const cached = await memo.get(`status:${code}`, async () => cachedBody(JSON.stringify(await find(code))));
 */
import type { Kysely } from 'kysely';
import { dataVersionOf } from '../db/database.js';
import type { Database } from '../db/database.types.js';

export interface VersionedMemoOptions {
  /** Entries kept, the most recently used (256). */
  readonly maxEntries?: number;
  /**
   * For answers that depend on the time as well as on the data (e.g. working days elapsed):
   * the clock and the bucket length; an entry is reused only within the same bucket.
   */
  readonly clock?: () => Date;
  readonly bucketMs?: number;
  /**
   * The data version of what the answers read, kept by the module (a counter its triggers raise
   * in the writers' transactions): used on both databases instead of SQLite's whole-database one.
   */
  readonly version?: () => Promise<string>;
}

export interface VersionedMemo<T> {
  /** The kept value for `key` if the data have not changed since, else `compute()`'s (kept). */
  get(key: string, compute: () => Promise<T>): Promise<T>;
  /** Values computed, values reused (for tests and figures). */
  readonly stats: { computed: number; reused: number };
}

export function createVersionedMemo<T>(db: Kysely<Database>, options: VersionedMemoOptions = {}): VersionedMemo<T> {
  const version: (() => string | Promise<string>) | null = options.version ?? dataVersionOf(db);
  const maxEntries = options.maxEntries ?? 256;
  const entries = new Map<string, { stamp: string; value: Promise<T> }>();
  const stats = { computed: 0, reused: 0 };
  const bucket = (): string => (options.clock === undefined || options.bucketMs === undefined ? '' : `@${Math.floor(options.clock().getTime() / options.bucketMs)}`);

  function kept(key: string, stamp: string, compute: () => Promise<T>): Promise<T> {
    const entry = entries.get(key);
    if (entry !== undefined && entry.stamp === stamp) {
      stats.reused++;
      // Most recently used last: the first key is the one to drop.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    }
    stats.computed++;
    const value = compute();
    entries.delete(key);
    entries.set(key, { stamp, value });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    // A failure is not kept: the next request tries again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  }

  return {
    stats,
    get(key, compute) {
      if (version === null) {
        stats.computed++;
        return compute();
      }
      const data = version();
      // SQLite's own version is read at once; a module's is a query, awaited before the data are read.
      return typeof data === 'string' ? kept(key, data + bucket(), compute) : data.then((d) => kept(key, d + bucket(), compute));
    },
  };
}

/** No keeping: every `get` computes (routes use it when given no memo). */
export const noMemo: VersionedMemo<never> = {
  get: (_key, compute) => compute(),
  stats: { computed: 0, reused: 0 },
};
