import type { HttpClient } from '../http/http.js';
import { FEEDBACK_PATHS } from './feedback.paths.js';
import { FeedbackCategoryListSchema, type FeedbackCategory } from './feedback.schema.js';

// The topics apart from sending and reading a status (feedback.api.ts, feedback-tracking.api.ts):
// a form's and the public list's first request. Rollup keeps a module whole in one chunk, so with
// createFeedbackApi beside it every widget that lists topics downloaded the receipt's and the
// status's schemas too (issue 7).

/** The topics a feedback can be about (a form's first request). */
export async function listFeedbackCategories(http: HttpClient, signal?: AbortSignal): Promise<FeedbackCategory[]> {
  const list = await http.request(FEEDBACK_PATHS.categories, FeedbackCategoryListSchema, signal ? { signal } : {});
  return list.items;
}
