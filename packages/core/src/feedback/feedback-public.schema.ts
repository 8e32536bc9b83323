import * as v from 'valibot';
import { ReportResponseTimeSchema } from './feedback-response-time.schema.js';
import { PointSchema } from './feedback-location.schema.js';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';
import { FEEDBACK_STATUSES, IsoDateTimeSchema, TrackingCodeSchema } from './feedback.schema.js';
import { parseBoundingBox, type BoundingBox } from '../geo/geo.logic.js';

// The public list's schemas; a form's photos, similar reports and following are in
// feedback-resident.schema.ts, so the list's bundle carries none of them (issue 7).

/** A published feedback as anyone sees it: the moderated text, never contact details or notes. */
export const PublicFeedbackSchema = v.object({
  trackingCode: TrackingCodeSchema,
  category: v.object({ id: v.string(), name: LocalizedTextSchema }),
  status: v.picklist(FEEDBACK_STATUSES),
  /** The moderated public text (personal details redacted). */
  message: v.string(),
  address: v.nullable(v.string()),
  point: v.nullable(PointSchema),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  reply: v.nullable(v.object({ text: v.string(), repliedAt: IsoDateTimeSchema })),
  /** How long the city took, the same figure as in the report's status answer. */
  responseTime: ReportResponseTimeSchema,
  /** Residents who said "this is mine too". */
  followers: v.number(),
  /** Absolute paths of the visible photos. */
  photos: v.array(v.string()),
});
export type PublicFeedback = v.InferOutput<typeof PublicFeedbackSchema>;

export const PublicFeedbackListSchema = v.object({
  items: v.array(PublicFeedbackSchema),
  page: v.number(),
  pageSize: v.number(),
  total: v.number(),
  /** Opaque cursor of the next page (`?cursor=`), null on the last page. */
  next: v.optional(v.nullable(v.string())),
});
export type PublicFeedbackList = v.InferOutput<typeof PublicFeedbackListSchema>;

const positiveInt = (max: number) =>
  v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'common.invalid'), v.transform(Number), v.minValue(1, 'common.invalid'), v.maxValue(max, 'common.invalid'));

/** Query of GET /api/v1/feedback: empty parameters are as if absent. */
export const PublicFeedbackQuerySchema = v.object({
  category: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{0,64}$/, 'common.invalid'))),
  status: v.optional(v.union([v.literal(''), v.literal('open'), v.literal('closed'), v.picklist(FEEDBACK_STATUSES)], 'common.invalid')),
  bbox: v.optional(
    v.pipe(
      v.string(),
      v.check((s) => s === '' || parseBoundingBox(s) !== null, 'feedback.bbox.invalid'),
      v.transform((s): BoundingBox | null => (s === '' ? null : parseBoundingBox(s))),
    ),
  ),
  page: v.optional(positiveInt(100000)),
  pageSize: v.optional(positiveInt(100)),
  /** The `next` of the page before: the list continues after it, on the index (no offset). */
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{0,400}$/, 'common.invalid'))),
});
export type PublicFeedbackQuery = v.InferOutput<typeof PublicFeedbackQuerySchema>;
