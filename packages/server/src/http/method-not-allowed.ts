import type { Hono } from 'hono';
import type { AppEnv } from './app-env.js';
import { problem, t } from './problem.js';

/**
 * Hono answers 404 to a known path with an unsupported method. This adds, for every path that
 * has routes, a catch-all after them: OPTIONS → 204 with Allow, any other method → 405 problem
 * with Allow (RFC 9110 §15.5.6); an allowed method that reaches it (its handler called
 * `next()`) gets the app's 404. Call it after every route is registered.
 */
export function addMethodNotAllowed(app: Hono<AppEnv>): void {
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue; // middleware
    const methods = methodsByPath.get(route.path) ?? new Set<string>();
    methods.add(route.method.toUpperCase());
    if (route.method.toUpperCase() === 'GET') methods.add('HEAD');
    methodsByPath.set(route.path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    const allow = [...methods, 'OPTIONS'].join(', ');
    app.all(path, (c) => {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      // An allowed method got here because its handler passed (no such file, say): a 404.
      if (methods.has(c.req.method)) return c.notFound();
      return problem(c, {
        status: 405,
        detail: t(c.get('locale'), 'problem.methodNotAllowed.detail', { method: c.req.method, path: c.req.path, allow }),
        headers: { Allow: allow },
      });
    });
  }
}
