import type { HttpClient } from '../../http/http.js';
import type { FeedbackStatsQueryInput } from './feedback-stats.schema.js';
import { FeedbackStatsReadSchema, type FeedbackStatsRead } from './feedback-stats.read.schema.js';

/** The paths of the signals API, shared by the client and the server's routes. */
export const SIGNALS_PATHS = {
  feedbackStats: '/api/v1/feedback/stats',
} as const;

export interface SignalsApi {
  /** Response-time figures of feedback, as far as the widget draws them (docs/adr/0097); empty or missing filters mean "all". */
  feedbackStats(query: FeedbackStatsQueryInput, signal?: AbortSignal): Promise<FeedbackStatsRead>;
}

export function createSignalsApi(http: HttpClient): SignalsApi {
  return {
    feedbackStats(query, signal) {
      const searchParams: Record<string, string> = {};
      for (const key of ['from', 'to', 'category', 'unit'] as const) {
        const value = query[key];
        if (typeof value === 'string' && value.trim() !== '') searchParams[key] = value.trim();
      }
      return http.request(SIGNALS_PATHS.feedbackStats, FeedbackStatsReadSchema, { searchParams, ...(signal ? { signal } : {}) });
    },
  };
}
