import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { formatBoundingBox } from '../geo/geo.logic.js';
import { FEEDBACK_PATHS } from './feedback.paths.js';
import { FEEDBACK_STATUSES } from './feedback-statuses.js';
import type { PublicListFilter } from './feedback-public-list.api.js';

/**
 * What `<kohtaamo-feedback-list>` draws of GET /api/v1/feedback and of the topics (issue 7,
 * docs/adr/0103; the pattern of ADRs 0089 and 0097): per item its tracking code, topic, status,
 * public text, place, time sent, the city's reply, response time and photos; per topic its id and
 * name. Loose objects with plain strings: the tracking code's check digit, the instants' format
 * and the topics' questions are the server's to keep (its route tests parse every answer with
 * the whole `PublicFeedbackListSchema`), so the list's first view carries none of those schemas.
 */
/** Items on a page when none is asked for (the server's default, the widget's `page-size`). */
export const PUBLIC_PAGE_SIZE = 20;

/**
 * The time sent and the area, as the list draws and filters them: core's `formatDateTime` and
 * `parseBoundingBox` under the list's own names, imported here, not through core's index, so the
 * build copies them into the list (scripts/small-copies.mjs, docs/adr/0101) instead of a file of
 * their own on its cold page.
 */
export { formatDateTime as formatListedTime } from '../i18n/dates.js';
export { parseBoundingBox as parseListedArea } from '../geo/geo.logic.js';
/** The statuses of the list's filter and read: `FEEDBACK_STATUSES`, copied in the same way. */
export const LISTED_STATUSES = FEEDBACK_STATUSES;

const text = v.string();
const count = v.number();
const orNull = v.nullable(count);
const NameRead = v.looseObject({ fi: text, sv: text, en: text });

export const PublicFeedbackReadSchema = v.looseObject({
  trackingCode: text,
  category: v.looseObject({ id: text, name: NameRead }),
  status: v.picklist(FEEDBACK_STATUSES),
  message: text,
  address: v.nullable(text),
  point: v.nullable(v.looseObject({ lat: count, lon: count })),
  createdAt: text,
  reply: v.nullable(v.looseObject({ text })),
  responseTime: v.optional(
    v.looseObject({
      firstResponseSeconds: orNull,
      closeSeconds: orNull,
      firstResponseWorkingDays: orNull,
      targetWorkingDays: count,
      withinTarget: v.nullable(v.boolean()),
    }),
  ),
  photos: v.array(text),
});
export type PublicFeedbackRead = v.InferOutput<typeof PublicFeedbackReadSchema>;

export const PublicFeedbackListReadSchema = v.looseObject({
  items: v.array(PublicFeedbackReadSchema),
  page: count,
  pageSize: count,
  total: count,
});
/** A page of the list as the widget reads it (a `PublicFeedbackList` from the server has all of this). */
export type PublicFeedbackListRead = v.InferOutput<typeof PublicFeedbackListReadSchema>;

export const FeedbackCategoryNamesSchema = v.looseObject({ items: v.array(v.looseObject({ id: text, name: NameRead })) });
/** A topic as the list's filter names it. */
export type FeedbackCategoryName = v.InferOutput<typeof FeedbackCategoryNamesSchema>['items'][number];

/** A page of published feedback, read with the list's own schema. */
export function readPublicFeedback(http: HttpClient, filter: PublicListFilter, signal?: AbortSignal): Promise<PublicFeedbackListRead> {
  const searchParams: Record<string, string> = {};
  if (filter.category) searchParams.category = filter.category;
  if (filter.status) searchParams.status = filter.status;
  if (filter.bbox) searchParams.bbox = formatBoundingBox(filter.bbox);
  if (filter.page && filter.page > 1) searchParams.page = String(filter.page);
  if (filter.pageSize) searchParams.pageSize = String(filter.pageSize);
  if (filter.cursor) searchParams.cursor = filter.cursor;
  return http.request(FEEDBACK_PATHS.submissions, PublicFeedbackListReadSchema, { searchParams, ...(signal ? { signal } : {}) });
}

/** The topics' ids and names (the list's topic filter), read with the list's own schema. */
export async function readFeedbackCategoryNames(http: HttpClient, signal?: AbortSignal): Promise<FeedbackCategoryName[]> {
  return (await http.request(FEEDBACK_PATHS.categories, FeedbackCategoryNamesSchema, signal ? { signal } : {})).items;
}
