import { createHash } from 'node:crypto';
import { IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_PATTERN } from '@kohtaamo/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { problem, t } from './problem.js';

/** How long a key and its stored answer are kept (the draft suggests at least 24 hours). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Reads the optional Idempotency-Key header (draft-ietf-httpapi-idempotency-key-header) into
 * `c.var.idempotencyKey`. A key that is present but not of the accepted form → 400.
 */
export function idempotencyKey(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const value = c.req.header(IDEMPOTENCY_HEADER);
    if (value === undefined) {
      c.set('idempotencyKey', null);
    } else {
      // The draft defines the header as an RFC 8941 sf-string; accept it quoted or bare.
      const key = value.trim().replace(/^"(.*)"$/, '$1');
      if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
        return problem(c, { status: 400, detail: t(c.get('locale'), 'problem.idempotencyKey.invalid') });
      }
      c.set('idempotencyKey', key);
    }
    await next();
  };
}

/**
 * JSON with object keys sorted at every level and no white space, so that two bodies that mean
 * the same give the same text whatever order or spacing the client used.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** SHA-256 (hex) of the canonical JSON of a request body: the fingerprint a key is bound to. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}
