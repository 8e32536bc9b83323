import type { HttpClient } from '../http/http.js';
import type { FeedbackCategory } from './feedback.schema.js';
import { listFeedbackCategories } from './feedback-categories.api.js';
import type { FeedbackReceipt, FeedbackStatus } from './feedback-status.schema.js';
import type { FeedbackSubmission } from './feedback-submission.schema.js';
import { getFeedbackStatus, submitFeedback } from './feedback-tracking.api.js';

import { FEEDBACK_PATHS } from './feedback.paths.js';

export { FEEDBACK_PATHS, listFeedbackCategories };

export interface FeedbackApi {
  listCategories(signal?: AbortSignal): Promise<FeedbackCategory[]>;
  /** Sends a feedback. The same key and body always yield the same receipt, never two rows. */
  submit(submission: FeedbackSubmission, idempotencyKey: string): Promise<FeedbackReceipt>;
  getStatus(trackingCode: string, signal?: AbortSignal): Promise<FeedbackStatus>;
}

export function createFeedbackApi(http: HttpClient): FeedbackApi {
  return {
    listCategories: (signal) => listFeedbackCategories(http, signal),
    submit: (submission, idempotencyKey) => submitFeedback(http, submission, idempotencyKey),
    getStatus: (trackingCode, signal) => getFeedbackStatus(http, trackingCode, signal),
  };
}
