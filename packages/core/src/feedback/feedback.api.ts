import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import {
  FeedbackCategoryListSchema,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  type FeedbackCategory,
  type FeedbackReceipt,
  type FeedbackStatus,
  type FeedbackSubmission,
} from './feedback.schema.js';

/** The paths of the feedback API, shared by the client and the server's routes. */
export const FEEDBACK_PATHS = {
  categories: '/api/v1/feedback/categories',
  submissions: '/api/v1/feedback',
  status: (code: string) => `/api/v1/feedback/${encodeURIComponent(code)}`,
} as const;

export interface FeedbackApi {
  listCategories(signal?: AbortSignal): Promise<FeedbackCategory[]>;
  /** Sends a feedback. The same key and body always yield the same receipt, never two rows. */
  submit(submission: FeedbackSubmission, idempotencyKey: string): Promise<FeedbackReceipt>;
  getStatus(trackingCode: string, signal?: AbortSignal): Promise<FeedbackStatus>;
}

export function createFeedbackApi(http: HttpClient): FeedbackApi {
  return {
    async listCategories(signal) {
      const list = await http.request(FEEDBACK_PATHS.categories, FeedbackCategoryListSchema, signal ? { signal } : {});
      return list.items;
    },
    submit(submission, idempotencyKey) {
      return http.request(FEEDBACK_PATHS.submissions, FeedbackReceiptSchema, {
        method: 'POST',
        json: submission,
        headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
      });
    },
    getStatus(trackingCode, signal) {
      return http.request(FEEDBACK_PATHS.status(trackingCode), FeedbackStatusSchema, signal ? { signal } : {});
    },
  };
}
