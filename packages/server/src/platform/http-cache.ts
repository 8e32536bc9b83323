/**
 * HTTP caching for answers that change seldom (ADR 0020): an ETag made from the bytes of the
 * answer, a 304 Not Modified when the client already holds them (If-None-Match), and the
 * route's Cache-Control on both. Any module's route may use it:
 *
 *   const cached = cachedBody(JSON.stringify(value));        // once, or when the data changed
 *   return sendCached(c, cached, CACHE_CONTROL.revalidate);   // 200 with the body, or 304
 *
 * The ETag is a hash of the bytes, so it changes exactly when the answer changes, whatever made
 * it change (another process, an admin command, a clock), and two processes serving the same
 * data give the same ETag. What is expensive to compute can be kept with `createVersionedMemo`
 * (versioned-memo.ts), which recomputes only when the database changed.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/** Cache-Control values used by the public API; a route picks one. */
export const CACHE_CONTROL = {
  /** Rarely changes (categories, the site's settings): reuse for 5 minutes, then revalidate. */
  static: 'public, max-age=300',
  /** Changes any time (the public list): store, but ask again each time (a 304 is cheap). */
  revalidate: 'no-cache',
  /**
   * One report's status, read by whoever holds its code: kept by the resident's own browser only,
   * and asked again every time (a 304 is cheap), so a reply the city just gave shows at once.
   */
  privateRevalidate: 'private, no-cache',
  /** Never stored (receipts, personal data). */
  none: 'no-store',
} as const;

export const JSON_CONTENT_TYPE = 'application/json';

/** An answer ready to send again and again: its bytes, their ETag and their type. */
export interface CachedBody {
  readonly body: string;
  /** A strong validator, quoted: "…" (RFC 9110 §8.8.3). */
  readonly etag: string;
  readonly contentType: string;
}

/** A strong ETag of the bytes (SHA-1, 20 base64url characters: ample for telling versions apart). */
export function etagFor(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
}

/** The bytes of an answer with their ETag, computed once. */
export function cachedBody(body: string, contentType: string = JSON_CONTENT_TYPE): CachedBody {
  return { body, etag: etagFor(body), contentType };
}

/**
 * Whether If-None-Match names this ETag (weak comparison, RFC 9110 §13.1.2): "*", or a list
 * of entity tags of which one is the same apart from a W/ prefix.
 */
export function ifNoneMatchHits(header: string | undefined | null, etag: string): boolean {
  if (!header) return false;
  const trimmed = header.trim();
  if (trimmed === '*') return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const part of trimmed.split(',')) {
    let tag = part.trim();
    if (tag.startsWith('W/')) tag = tag.slice(2);
    if (tag === opaque) return true;
  }
  return false;
}

/**
 * Sends a cached answer: 304 with no body when the request's If-None-Match holds its ETag,
 * 200 with the bytes otherwise; both with the ETag and `cacheControl`. Only for GET and HEAD
 * (a 304 answers nothing else).
 */
export function sendCached(c: Context, cached: CachedBody, cacheControl: string): Response {
  if (ifNoneMatchHits(c.req.header('If-None-Match'), cached.etag)) {
    return c.body(null, 304, { ETag: cached.etag, 'Cache-Control': cacheControl });
  }
  return c.body(cached.body, 200, { 'Content-Type': cached.contentType, ETag: cached.etag, 'Cache-Control': cacheControl });
}

/** Serializes a value to JSON and sends it as `sendCached` does (the ETag computed now). */
export function sendJsonCached(c: Context, value: unknown, cacheControl: string): Response {
  return sendCached(c, cachedBody(JSON.stringify(value)), cacheControl);
}
