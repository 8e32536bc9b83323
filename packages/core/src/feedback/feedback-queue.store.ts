import { createQueueStore, type QueueStore } from '../forms/queue.store.js';
import type { StaffFeedbackDetail, StaffFeedbackSummary, StaffInboxQueryInput } from './handling.schema.js';
import type { StaffApi } from './staff.api.js';

/** The inbox's filters, as its form holds them ("" is any). */
export interface FeedbackQueueFilters {
  readonly state: string;
  readonly status: string;
  readonly category: string;
  readonly unit: string;
  readonly assigned: string;
  readonly visibility: string;
  /** "newest": newest first; "" (or "oldest"): oldest first. */
  readonly order: string;
}

export type FeedbackQueueStore = QueueStore<StaffFeedbackSummary, FeedbackQueueFilters, StaffFeedbackDetail>;

/** Reports per page of the inbox. */
export const FEEDBACK_QUEUE_PAGE_SIZE = 50;

export const DEFAULT_FEEDBACK_QUEUE_FILTERS: FeedbackQueueFilters = { state: 'open', status: '', category: '', unit: '', assigned: '', visibility: '', order: '' };

/** The feedback inbox's queue: the generic queue store over the staff API, oldest first. */
export function createFeedbackQueueStore(
  staff: () => StaffApi,
  options: { filters?: Partial<FeedbackQueueFilters>; pageSize?: () => number } = {},
): FeedbackQueueStore {
  const limit = () => String(Math.min(200, Math.max(1, Math.round(options.pageSize?.() || FEEDBACK_QUEUE_PAGE_SIZE))));
  return createQueueStore<StaffFeedbackSummary, FeedbackQueueFilters, StaffFeedbackDetail>({
    filters: { ...DEFAULT_FEEDBACK_QUEUE_FILTERS, ...options.filters },
    idOf: (item) => item.id,
    async list(filters, cursor, signal) {
      const query: Record<string, string> = { limit: limit() };
      for (const [key, value] of Object.entries(filters)) if (value) query[key] = value;
      if (cursor) query.cursor = cursor;
      const page = await staff().inbox(query as StaffInboxQueryInput, signal);
      return { items: page.items, total: page.total, next: page.next ?? null };
    },
    read: (id, signal) => staff().get(id, signal),
    rowOf: (d, row) => ({ ...row, status: d.status, visibility: d.visibility, assignedTo: d.assignedTo, version: d.version, updatedAt: d.updatedAt }),
  });
}
