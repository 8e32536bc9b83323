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
  /**
   * Whether a request the server refuses as the client's mistake (4xx) gives its hit back
   * (default true). Off for lookups by a secret code: there a wrong guess is what is counted.
   */
  readonly refundClientErrors?: boolean;
  /**
   * A request that passes without being counted, even past the limit: one that creates nothing
   * (the replay of an already accepted submission answers its stored result).
   */
  readonly exempt?: (c: Context<AppEnv>) => Promise<boolean>;
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

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes its two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const part = (s: string) => (s === '' ? [] : s.split(':'));
  const head = part(halves[0]!);
  const tail = halves.length === 2 ? part(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 2 && missing < 1) || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

/**
 * What one client is, for counting: an IPv4 address as it is; an IPv6 address by its /64
 * prefix (one subscriber is usually given a whole /64, so each address in it is the same client);
 * an IPv4-mapped IPv6 address (::ffff:192.0.2.1) as its IPv4 address.
 */
export function clientKey(address: string): string {
  if (!address.includes(':')) return address;
  const groups = ipv6Groups(address);
  if (groups === null) return address;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`;
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
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

/** Takes back one hit of `bucket` in the window that contains `now`. */
export async function refundHit(db: Kysely<Database>, bucket: string, limit: RateLimit, now: Date): Promise<void> {
  const windowMs = limit.windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs).toISOString();
  await db
    .updateTable('rate_limit_hits')
    .set({ hits: sql`rate_limit_hits.hits - 1` })
    .where('bucket', '=', bucket)
    .where('window_start', '=', start)
    .where('hits', '>', 0)
    .execute();
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
    if (options.exempt && (await options.exempt(c))) return next();
    const address = clientKey(clientAddress(c, options.trustedProxyHeader));
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
    // A request refused as the client's mistake (invalid, unknown, too large) created nothing:
    // it gives its hit back, so a resident correcting a form does not run out of tries.
    const status = c.res.status;
    if (options.refundClientErrors !== false && status >= 400 && status < 500 && status !== 429) await refundHit(db, bucket, options.limit, now);
    // Windows that have ended are forgotten by the platform's clean-up job (runtime.ts).
  };
}
