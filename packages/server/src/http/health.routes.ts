import { PROBLEM_TYPES } from '@kohtaamo/core';
import { Hono } from 'hono';
import type { DatabaseHandle } from '../db/database.js';
import { ping } from '../db/database.js';
import type { AppEnv } from './app-env.js';
import { problem, t } from './problem.js';

export interface Logger {
  error(message: string, error?: unknown): void;
}

/** GET /healthz: 200 after a real round trip to the database, 503 when it cannot be reached. */
export function healthRoutes(database: Pick<DatabaseHandle, 'db' | 'kind'>, logger: Logger): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/healthz', async (c) => {
    try {
      await ping(database.db);
    } catch (error) {
      logger.error('Health check: the database did not answer', error);
      const locale = c.get('locale');
      return problem(c, {
        status: 503,
        type: PROBLEM_TYPES.unavailable,
        title: t(locale, 'problem.unavailable.title'),
        detail: t(locale, 'problem.unavailable.database'),
        code: 'common.serverDown',
        headers: { 'Retry-After': '5' },
      });
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok', database: database.kind });
  });
  return app;
}
