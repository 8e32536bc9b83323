import type { HttpClient } from '../http/http.js';
import { formatBoundingBox, type BoundingBox } from '../geo/geo.logic.js';
import { FEEDBACK_PATHS } from './feedback.paths.js';
import { PublicFeedbackListSchema, type PublicFeedbackList } from './feedback-public.schema.js';

// The public list (GET on the submissions' path: published feedback only), apart from the form's
// resident calls (feedback-resident.api.ts): the list widget's bundle carries only this (issue 7).

export interface PublicListFilter {
  readonly category?: string;
  /** A status, or "open" / "closed". */
  readonly status?: string;
  readonly bbox?: BoundingBox | null;
  readonly page?: number;
  readonly pageSize?: number;
  /** The `next` of the page before (wins over `page`). */
  readonly cursor?: string;
}

/** A page of published feedback. */
export function listPublicFeedback(http: HttpClient, filter: PublicListFilter, signal?: AbortSignal): Promise<PublicFeedbackList> {
  const searchParams: Record<string, string> = {};
  if (filter.category) searchParams.category = filter.category;
  if (filter.status) searchParams.status = filter.status;
  if (filter.bbox) searchParams.bbox = formatBoundingBox(filter.bbox);
  if (filter.page && filter.page > 1) searchParams.page = String(filter.page);
  if (filter.pageSize) searchParams.pageSize = String(filter.pageSize);
  if (filter.cursor) searchParams.cursor = filter.cursor;
  return http.request(FEEDBACK_PATHS.submissions, PublicFeedbackListSchema, { searchParams, ...(signal ? { signal } : {}) });
}
