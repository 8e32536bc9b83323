import type { HttpClient } from '../../http/http.js';
import { FeedbackStatsSchema, type FeedbackStats, type FeedbackStatsQueryInput } from './feedback-stats.schema.js';

/** The paths of the signals API, shared by the client and the server's routes. */
export const SIGNALS_PATHS = {
  feedbackStats: '/api/v1/feedback/stats',
} as const;

export interface SignalsApi {
  /** Response-time figures of feedback; empty or missing filters mean "all". */
  feedbackStats(query: FeedbackStatsQueryInput, signal?: AbortSignal): Promise<FeedbackStats>;
}

export function createSignalsApi(http: HttpClient): SignalsApi {
  return {
    feedbackStats(query, signal) {
      const searchParams: Record<string, string> = {};
      for (const key of ['from', 'to', 'category', 'unit'] as const) {
        const value = query[key];
        if (typeof value === 'string' && value.trim() !== '') searchParams[key] = value.trim();
      }
      return http.request(SIGNALS_PATHS.feedbackStats, FeedbackStatsSchema, { searchParams, ...(signal ? { signal } : {}) });
    },
  };
}
