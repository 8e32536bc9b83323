import { IDEMPOTENCY_HEADER } from '@kohtaamo/core';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for the sites that embed the widgets from another origin (KOHTAAMO_ORIGINS). An origin
 * not on the list gets no Access-Control-Allow-Origin, so its browser withholds the answer.
 * Same-origin pages (the demo, a server behind the city's own domain) need no CORS at all.
 * Credentials (the staff session cookie, ADR 0016) are allowed for listed origins only, never
 * with "*": a console on another origin of the city's own site may send its session cookie.
 */
export function corsFor(origins: readonly string[]): MiddlewareHandler {
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins);
  return cors({
    origin: (origin) => (anyOrigin ? '*' : allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'OPTIONS'],
    allowHeaders: ['Content-Type', IDEMPOTENCY_HEADER, 'Accept-Language', 'Authorization', 'If-Match'],
    exposeHeaders: ['Location', 'Retry-After', 'Content-Language', 'Idempotent-Replayed', 'ETag', 'WWW-Authenticate'],
    maxAge: 600,
    credentials: !anyOrigin,
  });
}
