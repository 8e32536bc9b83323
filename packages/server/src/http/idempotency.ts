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
 * the same give the same text whatever order or spacing the client used. Iterative (an explicit
 * stack), so no nesting depth can overflow the call stack.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  // Either a value still to write or a piece of text (a bracket, a comma, a key) to write as is.
  const stack: Array<{ value: unknown } | string> = [{ value }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const current = item.value;
    if (current === null || typeof current !== 'object') {
      out.push(JSON.stringify(current) ?? 'null');
    } else if (Array.isArray(current)) {
      const parts: Array<{ value: unknown } | string> = ['['];
      current.forEach((element, index) => parts.push(...(index > 0 ? [','] : []), { value: element }));
      parts.push(']');
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
    } else {
      const entries = Object.entries(current as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const parts: Array<{ value: unknown } | string> = ['{'];
      entries.forEach(([key, entry], index) => parts.push(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`, { value: entry }));
      parts.push('}');
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
    }
  }
  return out.join('');
}

/** SHA-256 (hex) of the canonical JSON of a request body: the fingerprint a key is bound to. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}
