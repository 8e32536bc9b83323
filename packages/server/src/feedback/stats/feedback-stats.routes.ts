import { FeedbackStatsQuerySchema, SIGNALS_PATHS } from '@kohtaamo/core';
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env.js';
import { queryParams } from '../../http/validation.js';
import type { FeedbackStatsRepository } from './feedback-stats.repository.js';

/** If-None-Match (RFC 9110 13.1.2, weak comparison): "*" or a list of tags, one of them ours. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

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
    const answer = await stats.answer(c.req.valid('query'));
    const headers = { 'Cache-Control': STATS_CACHE, ETag: answer.etag };
    if (matchesEtag(c.req.header('If-None-Match'), answer.etag)) return c.body(null, 304, headers);
    return c.body(answer.body, 200, { ...headers, 'Content-Type': 'application/json' });
  });
  return app;
}
