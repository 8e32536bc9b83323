import { PROBLEM_TYPES } from '@kohtaamo/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { problem, t } from './problem.js';

/**
 * Refuses, with a problem the page can read, a request that a browser sent from a site not in
 * KOHTAAMO_ORIGINS. Without this the browser withholds the answer and the widget can only say
 * "could not be loaded"; with it, the widget tells the web editor what to do. The refusal carries
 * Access-Control-Allow-Origin for that one answer only: it shows nothing but the refusal itself.
 *
 * Passes: requests without Origin (not from a browser script, or a same-origin GET), a listed
 * origin, `*`, the server's own origin (KOHTAAMO_PUBLIC_URL, or the Host it was reached at:
 * a same-origin POST), and preflights (CORS answers those; the browser then stops a foreign POST).
 */
export function refuseForeignOrigins(origins: readonly string[], publicUrl: string | null): MiddlewareHandler<AppEnv> {
  if (origins.includes('*')) return (_c, next) => next();
  const allowed = new Set(origins);
  const own = publicUrl ? new URL(publicUrl).origin : null;
  const hostOf = (origin: string): string | null => {
    try {
      return new URL(origin).host;
    } catch {
      return null; // "null" (a sandboxed frame, a privacy redirect): never allowed
    }
  };
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin === undefined || c.req.method === 'OPTIONS' || allowed.has(origin) || origin === own) return next();
    const host = hostOf(origin);
    if (host !== null && host === c.req.header('Host')) return next();
    const locale = c.get('locale');
    return problem(c, {
      status: 403,
      type: PROBLEM_TYPES.originNotAllowed,
      title: t(locale, 'problem.originNotAllowed.title'),
      detail: t(locale, 'problem.originNotAllowed.detail', { origin }),
      code: 'common.originNotAllowed',
      headers: { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' },
    });
  };
}
