import { IDEMPOTENCY_HEADER } from '@kohtaamo/core';
import type { MiddlewareHandler } from 'hono';
import { appendHeaders } from './response-headers.js';

// PUT and DELETE: budgeting's rules and implementation status (PUT), volunteering's cancellations (DELETE), from a staff console on a CMS page.
const ALLOW_METHODS = 'GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS';
// Manage-Code: the secret code a resident changes or cancels their own booking or sign-up with, without an account.
const ALLOW_HEADERS = ['Content-Type', IDEMPOTENCY_HEADER, 'Accept-Language', 'Authorization', 'If-Match', 'If-None-Match', 'Manage-Code'].join(',');
const EXPOSE_HEADERS = ['Location', 'Retry-After', 'Content-Language', 'Idempotent-Replayed', 'ETag', 'WWW-Authenticate'].join(',');
const MAX_AGE = '600';

/**
 * CORS for the sites that embed the widgets from another origin (KOHTAAMO_ORIGINS). An origin
 * not on the list gets no Access-Control-Allow-Origin, so its browser withholds the answer.
 * Same-origin pages (the demo, a server behind the city's own domain) need no CORS at all.
 * Credentials (the staff session cookie, ADR 0016) are allowed for listed origins only, never
 * with "*": a console on another origin of the city's own site may send its session cookie.
 *
 * Written here rather than taken from hono/cors, which reads `c.res` before the handler runs:
 * that turns every answer into a streamed Response (ADR 0020 measured it as a large share of
 * each request). The headers are added to the answer after the handler, without touching its body.
 */
export function corsFor(origins: readonly string[]): MiddlewareHandler {
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins);
  return async function cors(c, next) {
    const origin = c.req.header('Origin');
    const allowOrigin = anyOrigin ? '*' : origin !== undefined && allowed.has(origin) ? origin : null;
    const headers: Array<[string, string]> = [];
    if (allowOrigin !== null) headers.push(['Access-Control-Allow-Origin', allowOrigin]);
    // Only beside a listed origin (never for "*", never for a refused one: http/origin-refusal.ts).
    if (!anyOrigin && allowOrigin !== null) headers.push(['Access-Control-Allow-Credentials', 'true']);
    headers.push(['Access-Control-Expose-Headers', EXPOSE_HEADERS]);
    if (c.req.method === 'OPTIONS') {
      headers.push(['Access-Control-Max-Age', MAX_AGE], ['Access-Control-Allow-Methods', ALLOW_METHODS], ['Access-Control-Allow-Headers', ALLOW_HEADERS]);
      const preflight = new Headers(headers);
      if (!anyOrigin) preflight.append('Vary', 'Origin');
      preflight.append('Vary', 'Access-Control-Request-Headers');
      return new Response(null, { status: 204, headers: preflight });
    }
    await next();
    if (!anyOrigin) headers.push(['Vary', 'Origin']);
    appendHeaders(c, headers, ['Vary']);
  };
}
