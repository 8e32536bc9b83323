import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import { FEEDBACK_PATHS } from './feedback.paths.js';
import {
  FollowResultSchema,
  NearbyFeedbackSchema,
  PhotoUploadSchema,
  type FollowRequest,
  type FollowResult,
  type NearbyFeedback,
  type PhotoUpload,
} from './feedback-resident.schema.js';
import type { PublicFeedbackList } from './feedback-public.schema.js';
import { listPublicFeedback, type PublicListFilter } from './feedback-public-list.api.js';
import type { LatLon } from '../geo/geo.logic.js';

/** The resident-facing feedback paths besides FEEDBACK_PATHS. */
export const FEEDBACK_RESIDENT_PATHS = {
  /** GET: the public list (published only); POST there is the submission. */
  list: FEEDBACK_PATHS.submissions,
  photos: '/api/v1/feedback/photos',
  photo: (id: string) => `/api/v1/feedback/photos/${encodeURIComponent(id)}`,
  nearby: '/api/v1/feedback/nearby',
  followers: (code: string) => `/api/v1/feedback/${encodeURIComponent(code)}/followers`,
} as const;

export interface FeedbackResidentApi {
  listPublic(filter: PublicListFilter, signal?: AbortSignal): Promise<PublicFeedbackList>;
  nearby(category: string, point: LatLon, signal?: AbortSignal): Promise<NearbyFeedback[]>;
  /** Follows a report; the same key always counts once. */
  follow(trackingCode: string, request: FollowRequest, idempotencyKey: string): Promise<FollowResult>;
  uploadPhoto(photo: Blob, signal?: AbortSignal): Promise<PhotoUpload>;
}

export function createFeedbackResidentApi(http: HttpClient): FeedbackResidentApi {
  return {
    listPublic: (filter, signal) => listPublicFeedback(http, filter, signal),
    async nearby(category, point, signal) {
      const result = await http.request(FEEDBACK_RESIDENT_PATHS.nearby, NearbyFeedbackSchema, {
        searchParams: { category, lat: String(point.lat), lon: String(point.lon) },
        ...(signal ? { signal } : {}),
      });
      return result.items;
    },
    follow(trackingCode, request, idempotencyKey) {
      return http.request(FEEDBACK_RESIDENT_PATHS.followers(trackingCode), FollowResultSchema, {
        method: 'POST',
        json: request,
        headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
      });
    },
    uploadPhoto(photo, signal) {
      return http.request(FEEDBACK_RESIDENT_PATHS.photos, PhotoUploadSchema, {
        method: 'POST',
        body: photo,
        // The server sniffs the bytes; the declared type is only a hint.
        headers: { 'Content-Type': photo.type || 'application/octet-stream' },
        ...(signal ? { signal } : {}),
      });
    },
  };
}
