import * as v from 'valibot';
import { LOCALES } from '../i18n/locale.js';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';
import { TRACKING_CODE_PATTERN } from './tracking-code.js';
import { ReportResponseTimeSchema } from './feedback-response-time.schema.js';
import { AttributeAnswersSchema, CategoryExtrasSchema } from './feedback-attributes.schema.js';
import { FeedbackLocationSchema, PHOTO_IDS_MAX, PhotoIdSchema } from './feedback-location.schema.js';


export const CategoryIdSchema = v.pipe(
  v.string('feedback.category.required'),
  v.trim(),
  v.nonEmpty('feedback.category.required'),
  v.maxLength(64, 'common.invalid'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'common.invalid'),
);

/** A feedback category (an Open311 "service"): what the feedback is about. */
export const FeedbackCategorySchema = v.object({
  id: CategoryIdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Extra questions (Open311 attributes) and notices; [] when the category has none. */
  ...CategoryExtrasSchema.entries,
});
export type FeedbackCategory = v.InferOutput<typeof FeedbackCategorySchema>;
export const FeedbackCategoryListSchema = v.object({ items: v.array(FeedbackCategorySchema) });
export type FeedbackCategoryList = v.InferOutput<typeof FeedbackCategoryListSchema>;

export const MESSAGE_MIN = 5;
export const MESSAGE_MAX = 5000;

const optionalText = (max: number) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, 'common.tooLong')));

// FeedbackLocationSchema (address and/or a WGS84 pin) lives in feedback-location.schema.ts.

/**
 * Contact details are optional (feedback is anonymous by default). Given, they need an email
 * address or a phone number, and the resident's consent to be contacted.
 */
export const FeedbackContactSchema = v.pipe(
  v.object({
    name: optionalText(100),
    email: v.optional(
      v.pipe(v.string(), v.trim(), v.maxLength(254, 'common.tooLong'), v.email('feedback.contact.email.invalid')),
    ),
    phone: v.optional(
      v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9 ()-]{5,20}$/, 'feedback.contact.phone.invalid')),
    ),
    consent: v.boolean('feedback.contact.consent.required'),
  }),
  v.forward(
    v.check((c) => Boolean(c.email || c.phone), 'feedback.contact.emailOrPhone'),
    ['email'],
  ),
  v.forward(
    v.check((c) => c.consent === true, 'feedback.contact.consent.required'),
    ['consent'],
  ),
);

/** The body of POST /api/v1/feedback, validated alike in the widget and on the server. */
export const FeedbackSubmissionSchema = v.object({
  category: CategoryIdSchema,
  message: v.pipe(
    v.string('feedback.message.required'),
    v.trim(),
    v.nonEmpty('feedback.message.required'),
    v.minLength(MESSAGE_MIN, 'feedback.message.tooShort'),
    v.maxLength(MESSAGE_MAX, 'feedback.message.tooLong'),
  ),
  location: v.optional(FeedbackLocationSchema),
  contact: v.optional(FeedbackContactSchema),
  /** Answers to the category's extra questions, checked by `validateAttributeAnswers`. */
  attributes: v.optional(AttributeAnswersSchema),
  /** Ids of photos uploaded first (POST /api/v1/feedback/photos). */
  photos: v.optional(
    v.pipe(
      v.array(PhotoIdSchema),
      v.maxLength(PHOTO_IDS_MAX, 'feedback.photo.tooMany'),
      v.check((ids) => new Set(ids).size === ids.length, 'feedback.photo.tooMany'),
    ),
  ),
  /** The language the resident wrote in and wants the reply in. */
  lang: v.optional(v.picklist(LOCALES), 'fi'),
});
export type FeedbackSubmissionInput = v.InferInput<typeof FeedbackSubmissionSchema>;
export type FeedbackSubmission = v.InferOutput<typeof FeedbackSubmissionSchema>;

/** Where a feedback is in its handling (the 6Aika detailed statuses, simplified). */
export const FEEDBACK_STATUSES = ['received', 'allocated', 'in_handling', 'done', 'rejected'] as const;
export const FeedbackStatusValueSchema = v.picklist(FEEDBACK_STATUSES);
export type FeedbackStatusValue = v.InferOutput<typeof FeedbackStatusValueSchema>;

export const IsoDateTimeSchema = v.pipe(v.string(), v.isoTimestamp());

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
