import { getConnInfo } from '@hono/node-server/conninfo';
import { PROBLEM_TYPES } from '@kohtaamo/core';
import type { Context, MiddlewareHandler } from 'hono';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import type { AppEnv } from '../../http/app-env.js';
import { problem, t } from '../../http/problem.js';
import type { RateLimit } from '../platform.config.js';

export interface RateLimitOptions {
  readonly limit: RateLimit;
  /** Read the client's address from this header (set by a trusted proxy); else the TCP peer. */
  readonly trustedProxyHeader?: string | null;
  /** What is limited, part of the counter's key ("feedback"). */
  readonly scope: string;
  readonly clock?: () => Date;
  /**
   * Turns the client's address into the counter's key: an HMAC under the server's secret
   * (see server-secrets.ts), so a copy of the table does not give the addresses back.
   */
  readonly hashClient: (address: string) => Promise<string>;
}

/** The name of the rate-limit key in `server_secrets`. */
export const RATE_LIMIT_SECRET = 'rate-limit-hmac';

/**
 * The client's address: the TCP peer, or behind a trusted proxy the address that proxy
 * appended last to the header (the right-most entry of X-Forwarded-For: entries to its left
 * were written by the client and prove nothing).
 */
export function clientAddress(c: Context, trustedProxyHeader: string | null | undefined): string {
  if (trustedProxyHeader) {
    const value = c.req.header(trustedProxyHeader);
    const last = value?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served by @hono/node-server (app.request() in tests)
  }
}

/**
 * Counts a hit of `bucket` in the fixed window that contains `now` and returns the count so
 * far. One atomic upsert: several servers on one database share the counters.
 */
export async function countHit(db: Kysely<Database>, bucket: string, limit: RateLimit, now: Date): Promise<{ hits: number; windowEnd: Date }> {
  const windowMs = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const windowEnd = new Date(start + windowMs);
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ bucket, window_start: new Date(start).toISOString(), hits: 1, expires_at: windowEnd.toISOString() })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql`rate_limit_hits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowEnd };
}

/** Forgets the counters of windows that have ended. */
export async function deleteExpiredHits(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('rate_limit_hits').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Limits requests per client: over the limit, a 429 problem with Retry-After (seconds to the
 * window's end). The address is stored only as an HMAC under the server's secret (an unkeyed
 * hash of an IPv4 address is reversed by hashing all 2^32 of them), and only until its window ends.
 */
export function rateLimit(db: Kysely<Database>, options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const clock = options.clock ?? (() => new Date());
  return async (c, next) => {
    const address = clientAddress(c, options.trustedProxyHeader);
    const bucket = `${options.scope}:${await options.hashClient(address)}`;
    const now = clock();
    const { hits, windowEnd } = await countHit(db, bucket, options.limit, now);
    if (hits > options.limit.max) {
      const retryAfter = Math.max(1, Math.ceil((windowEnd.getTime() - now.getTime()) / 1000));
      const locale = c.get('locale');
      return problem(c, {
        status: 429,
        type: PROBLEM_TYPES.rateLimited,
        title: t(locale, 'problem.rateLimited.title'),
        detail: t(locale, 'problem.rateLimited.detail', { seconds: retryAfter }),
        code: 'common.rateLimited',
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
    await next();
    // Windows that have ended are forgotten by the platform's clean-up job (runtime.ts).
  };
}
