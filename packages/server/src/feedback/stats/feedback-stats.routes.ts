import { FeedbackStatsQuerySchema, SIGNALS_PATHS } from '@kohtaamo/core';
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { queryParams } from '../../http/validation.js';
import { sendCached } from '../../platform/http-cache.js';
import type { FeedbackStatsRepository } from './feedback-stats.repository.js';

/** The figures move slowly; a page may reuse them for a minute. */
const STATS_CACHE = 'public, max-age=60';

/**
 * GET /api/v1/feedback/stats?from=&to=&category=&unit= → FeedbackStatsSchema.
 * Public: counts and durations only, never a text or a contact detail. Mounted before the
 * feedback routes, so "stats" is never read as a tracking code.
 */
export function signalsRoutes(stats: FeedbackStatsRepository): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(SIGNALS_PATHS.feedbackStats, queryParams(FeedbackStatsQuerySchema), async (c) => {
    return sendCached(c, await stats.answer(c.req.valid('query')), STATS_CACHE);
  });
  return app;
}
