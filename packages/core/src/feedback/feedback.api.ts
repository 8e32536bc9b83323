import type { HttpClient } from '../http/http.js';
import { FeedbackCategoryListSchema, type FeedbackCategory } from './feedback.schema.js';
import type { FeedbackReceipt, FeedbackStatus } from './feedback-status.schema.js';
import type { FeedbackSubmission } from './feedback-submission.schema.js';
import { getFeedbackStatus, submitFeedback } from './feedback-tracking.api.js';

import { FEEDBACK_PATHS } from './feedback.paths.js';

export { FEEDBACK_PATHS };

export interface FeedbackApi {
  listCategories(signal?: AbortSignal): Promise<FeedbackCategory[]>;
  /** Sends a feedback. The same key and body always yield the same receipt, never two rows. */
  submit(submission: FeedbackSubmission, idempotencyKey: string): Promise<FeedbackReceipt>;
  getStatus(trackingCode: string, signal?: AbortSignal): Promise<FeedbackStatus>;
}

/** The topics a feedback can be about (a form's first request). */
export async function listFeedbackCategories(http: HttpClient, signal?: AbortSignal): Promise<FeedbackCategory[]> {
  const list = await http.request(FEEDBACK_PATHS.categories, FeedbackCategoryListSchema, signal ? { signal } : {});
  return list.items;
}

export function createFeedbackApi(http: HttpClient): FeedbackApi {
  return {
    listCategories: (signal) => listFeedbackCategories(http, signal),
    submit: (submission, idempotencyKey) => submitFeedback(http, submission, idempotencyKey),
    getStatus: (trackingCode, signal) => getFeedbackStatus(http, trackingCode, signal),
  };
}
