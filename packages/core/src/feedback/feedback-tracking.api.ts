import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import { FEEDBACK_PATHS } from './feedback.paths.js';
import { FeedbackReceiptSchema, FeedbackStatusSchema, type FeedbackReceipt, type FeedbackStatus } from './feedback-status.schema.js';
import type { FeedbackSubmission } from './feedback-submission.schema.js';

// Sending a feedback and reading it by its tracking code, apart from the topics (feedback.api.ts):
// a form imports these with its later part, so its cold page carries neither the receipt's nor
// the status's schema (issue 7).

/** Sends a feedback. The same key and body always yield the same receipt, never two rows. */
export function submitFeedback(http: HttpClient, submission: FeedbackSubmission, idempotencyKey: string): Promise<FeedbackReceipt> {
  return http.request(FEEDBACK_PATHS.submissions, FeedbackReceiptSchema, {
    method: 'POST',
    json: submission,
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
  });
}

/** What anyone holding the tracking code may see. */
export function getFeedbackStatus(http: HttpClient, trackingCode: string, signal?: AbortSignal): Promise<FeedbackStatus> {
  return http.request(FEEDBACK_PATHS.status(trackingCode), FeedbackStatusSchema, signal ? { signal } : {});
}
