import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';
import { TRACKING_CODE_PATTERN } from './tracking-code.js';
import { ReportResponseTimeSchema } from './feedback-response-time.schema.js';
import { IsoDateTimeSchema } from './iso-date-time.schema.js';
import { FEEDBACK_STATUSES } from './feedback-statuses.js';

// What a tracking code stands for: the receipt of a sent feedback and its status, apart from the
// topics a form loads first (feedback.schema.ts, which re-exports these) (issue 7).

/** Where a feedback is in its handling (feedback-statuses.ts). */
export { FEEDBACK_STATUSES };
export const FeedbackStatusValueSchema = v.picklist(FEEDBACK_STATUSES);
export type FeedbackStatusValue = v.InferOutput<typeof FeedbackStatusValueSchema>;

export { IsoDateTimeSchema };

export const TrackingCodeSchema = v.pipe(
  v.string(),
  v.regex(TRACKING_CODE_PATTERN, 'feedback.code.invalid'),
);

/** The answer to a submission: what the resident keeps to follow it up. */
export const FeedbackReceiptSchema = v.object({
  trackingCode: TrackingCodeSchema,
  status: FeedbackStatusValueSchema,
  createdAt: IsoDateTimeSchema,
  /** The automatic acknowledgement of the responsible unit (not a response by the city). */
  acknowledgement: v.optional(LocalizedTextSchema),
});
export type FeedbackReceipt = v.InferOutput<typeof FeedbackReceiptSchema>;

/** What anyone holding the tracking code may see. Never the contact details. */
export const FeedbackStatusSchema = v.object({
  trackingCode: TrackingCodeSchema,
  category: v.object({ id: v.string(), name: LocalizedTextSchema }),
  status: FeedbackStatusValueSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  reply: v.nullable(
    v.object({
      text: v.string(),
      repliedAt: IsoDateTimeSchema,
    }),
  ),
  /** How long the city took (first response, closing, target); absent from older servers. */
  responseTime: v.optional(ReportResponseTimeSchema),
  /** Every status it has had, oldest first: status and time, never who (absent from older servers). */
  history: v.optional(v.array(v.object({ status: FeedbackStatusValueSchema, at: IsoDateTimeSchema }))),
  /** The automatic acknowledgement of the responsible unit (not a response by the city). */
  acknowledgement: v.optional(LocalizedTextSchema),
});
export type FeedbackStatus = v.InferOutput<typeof FeedbackStatusSchema>;

/** Path parameter of GET /api/v1/feedback/{code}: lenient input, normalised by the server. */
export const TrackingCodeParamSchema = v.object({
  code: v.pipe(v.string(), v.trim(), v.minLength(1, 'feedback.code.invalid'), v.maxLength(32, 'feedback.code.invalid')),
});
