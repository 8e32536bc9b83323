import * as v from 'valibot';
import { PointSchema } from './feedback-location.schema.js';
import {
  CategoryIdSchema,
  FEEDBACK_STATUSES,
  FeedbackStatusValueSchema,
  IsoDateTimeSchema,
  MESSAGE_MAX,
  TrackingCodeSchema,
} from './feedback.schema.js';
import { LOCALES } from '../i18n/locale.js';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';
import { StaffRefSchema } from '../staff/staff.schema.js';

/**
 * The staff side of feedback: what handlers send and read under /api/v1/staff. None of these
 * answers is ever public: they carry contact details and internal notes.
 */

/** Moderation state of a feedback: not reviewed yet, public, or kept out of public view. */
export const FEEDBACK_VISIBILITIES = ['pending', 'published', 'hidden'] as const;
export const FeedbackVisibilitySchema = v.picklist(FEEDBACK_VISIBILITIES, 'feedback.handling.visibility.invalid');
export type FeedbackVisibility = v.InferOutput<typeof FeedbackVisibilitySchema>;

/** Statuses that close a feedback: a public reply is then required. */
export const CLOSING_STATUSES = ['done', 'rejected'] as const satisfies readonly (typeof FEEDBACK_STATUSES)[number][];

export const UnitSchema = v.object({ id: v.string(), name: LocalizedTextSchema });
export type Unit = v.InferOutput<typeof UnitSchema>;
export const UnitListSchema = v.object({ items: v.array(UnitSchema) });

/** One row of the inbox queue. */
export const StaffFeedbackSummarySchema = v.object({
  id: v.string(),
  trackingCode: TrackingCodeSchema,
  category: v.object({ id: v.string(), name: LocalizedTextSchema }),
  unit: v.nullable(UnitSchema),
  status: FeedbackStatusValueSchema,
  visibility: FeedbackVisibilitySchema,
  message: v.string(),
  address: v.nullable(v.string()),
  lang: v.picklist(LOCALES),
  assignedTo: v.nullable(StaffRefSchema),
  hasContact: v.boolean(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  firstResponseAt: v.nullable(IsoDateTimeSchema),
  closedAt: v.nullable(IsoDateTimeSchema),
  /** Optimistic concurrency: send it back in If-Match ("\"3\"") with a change. */
  version: v.number(),
});
export type StaffFeedbackSummary = v.InferOutput<typeof StaffFeedbackSummarySchema>;

export const StaffFeedbackListSchema = v.object({
  items: v.array(StaffFeedbackSummarySchema),
  /** How many reports match the filters, on every page. */
  total: v.number(),
  /** The cursor of the next page (`?cursor=`), or null on the last one. */
  next: v.optional(v.nullable(v.string()), null),
});
export type StaffFeedbackList = v.InferOutput<typeof StaffFeedbackListSchema>;

/** One status the feedback has had, with who set it (staff only: the public sees no names). */
export const StaffHistoryEntrySchema = v.object({
  status: FeedbackStatusValueSchema,
  at: IsoDateTimeSchema,
  actor: v.nullable(StaffRefSchema),
  reply: v.nullable(v.string()),
});
export type StaffHistoryEntry = v.InferOutput<typeof StaffHistoryEntrySchema>;

/** An internal note: for staff only, never in any public answer. */
export const FeedbackNoteSchema = v.object({
  id: v.string(),
  text: v.string(),
  createdAt: IsoDateTimeSchema,
  author: v.nullable(StaffRefSchema),
});
export type FeedbackNote = v.InferOutput<typeof FeedbackNoteSchema>;

export const StaffPhotoSchema = v.object({ id: v.string(), url: v.string(), hidden: v.boolean() });
export type StaffPhoto = v.InferOutput<typeof StaffPhotoSchema>;

/** A single report as staff see it (GET /api/v1/staff/feedback/{id}); the ETag is its version. */
export const StaffFeedbackDetailSchema = v.object({
  ...StaffFeedbackSummarySchema.entries,
  /** The public text after moderation (redacted), or null when not reviewed yet. */
  publicMessage: v.nullable(v.string()),
  /** The pin the resident placed on the map (WGS84), or null. */
  point: v.nullable(PointSchema),
  contact: v.nullable(
    v.object({ name: v.nullable(v.string()), email: v.nullable(v.string()), phone: v.nullable(v.string()), consent: v.boolean() }),
  ),
  reply: v.nullable(v.object({ text: v.string(), repliedAt: IsoDateTimeSchema })),
  history: v.array(StaffHistoryEntrySchema),
  notes: v.array(FeedbackNoteSchema),
  photos: v.array(StaffPhotoSchema),
  /** The statuses it may move to now (core's allowedTransitions). */
  nextStatuses: v.array(FeedbackStatusValueSchema),
});
export type StaffFeedbackDetail = v.InferOutput<typeof StaffFeedbackDetailSchema>;

/** The queue's order by arrival: oldest first (the default: who waited longest) or newest first. */
export const STAFF_INBOX_ORDERS = ['oldest', 'newest'] as const;

/** Query of the inbox: every filter optional; the queue is sorted oldest first unless `order` says newest. */
export const StaffInboxQuerySchema = v.object({
  order: v.optional(v.picklist(STAFF_INBOX_ORDERS, 'common.invalid'), 'oldest'),
  status: v.optional(v.picklist(FEEDBACK_STATUSES, 'common.invalid')),
  /** "open": every status but done and rejected. */
  state: v.optional(v.picklist(['open', 'closed'], 'common.invalid')),
  category: v.optional(CategoryIdSchema),
  unit: v.optional(v.pipe(v.string(), v.maxLength(64, 'common.invalid'))),
  /** "me": assigned to the caller; "none": to nobody. */
  assigned: v.optional(v.picklist(['me', 'none'], 'common.invalid')),
  visibility: v.optional(v.picklist(FEEDBACK_VISIBILITIES, 'common.invalid')),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'common.invalid'), v.transform(Number), v.minValue(1, 'common.invalid'), v.maxValue(200, 'common.invalid')),
    '50',
  ),
  offset: v.optional(v.pipe(v.string(), v.regex(/^\d{1,7}$/, 'common.invalid'), v.transform(Number)), '0'),
  /** The `next` of the page before: the queue goes on after it (opaque; `offset` is then ignored). */
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,400}$/, 'common.invalid'))),
});
export type StaffInboxQueryInput = v.InferInput<typeof StaffInboxQuerySchema>;
export type StaffInboxQuery = v.InferOutput<typeof StaffInboxQuerySchema>;

export const REPLY_MAX = 5000;
export const NOTE_MAX = 5000;

const replyText = v.pipe(
  v.string('feedback.handling.reply.required'),
  v.trim(),
  v.maxLength(REPLY_MAX, 'common.tooLong'),
);

/**
 * POST /api/v1/staff/feedback/{id}/status. Closing (done, rejected) needs a public reply; any
 * other change may carry one ("we are on it").
 */
export const StatusChangeSchema = v.pipe(
  v.object({
    status: v.picklist(FEEDBACK_STATUSES, 'feedback.handling.status.invalid'),
    reply: v.optional(replyText),
  }),
  v.forward(
    v.check(
      (input) => !(CLOSING_STATUSES as readonly string[]).includes(input.status) || Boolean(input.reply && input.reply.length > 0),
      'feedback.handling.reply.required',
    ),
    ['reply'],
  ),
);
export type StatusChangeInput = v.InferInput<typeof StatusChangeSchema>;
export type StatusChange = v.InferOutput<typeof StatusChangeSchema>;

/** POST /api/v1/staff/feedback/{id}/assignment: "me", a staff id (admin only), or null (nobody). */
export const AssignmentSchema = v.object({
  assignTo: v.nullable(v.pipe(v.string('common.invalid'), v.nonEmpty('common.invalid'), v.maxLength(64, 'common.invalid'))),
});
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/** POST /api/v1/staff/feedback/{id}/moderation: publish or hide, redact the public text, hide photos. */
export const ModerationSchema = v.pipe(
  v.object({
    visibility: v.optional(FeedbackVisibilitySchema),
    /** The public text with personal details removed; null restores "not reviewed". */
    publicMessage: v.optional(
      v.nullable(
        v.pipe(
          v.string(),
          v.trim(),
          v.nonEmpty('feedback.handling.publicMessage.required'),
          v.maxLength(MESSAGE_MAX, 'common.tooLong'),
        ),
      ),
    ),
    photos: v.optional(v.array(v.object({ id: v.string(), hidden: v.boolean() }))),
  }),
  v.check(
    (m) => m.visibility !== undefined || m.publicMessage !== undefined || (m.photos?.length ?? 0) > 0,
    'feedback.handling.moderation.empty',
  ),
);
export type ModerationInput = v.InferInput<typeof ModerationSchema>;
export type Moderation = v.InferOutput<typeof ModerationSchema>;

/** POST /api/v1/staff/feedback/{id}/notes. */
export const NoteInputSchema = v.object({
  text: v.pipe(
    v.string('feedback.handling.note.required'),
    v.trim(),
    v.nonEmpty('feedback.handling.note.required'),
    v.maxLength(NOTE_MAX, 'common.tooLong'),
  ),
});
export type NoteInput = v.InferOutput<typeof NoteInputSchema>;

export const ReplyTemplateSchema = v.object({
  id: v.string(),
  /** Null: for every category. */
  category: v.nullable(v.string()),
  title: LocalizedTextSchema,
  text: LocalizedTextSchema,
});
export type ReplyTemplate = v.InferOutput<typeof ReplyTemplateSchema>;
export const ReplyTemplateListSchema = v.object({ items: v.array(ReplyTemplateSchema) });

/** Path parameter {id} of the staff routes. */
export const StaffFeedbackIdParamSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1, 'common.invalid'), v.maxLength(64, 'common.invalid')),
});

/** Path parameters of GET /api/v1/staff/feedback/{id}/photos/{photoId}. */
export const StaffPhotoParamSchema = v.object({
  ...StaffFeedbackIdParamSchema.entries,
  photoId: v.pipe(v.string(), v.minLength(1, 'common.invalid'), v.maxLength(64, 'common.invalid')),
});

/** The public history of a feedback: status and time, never who (extends FeedbackStatusSchema). */
export const PublicHistoryEntrySchema = v.object({ status: FeedbackStatusValueSchema, at: IsoDateTimeSchema });
export type PublicHistoryEntry = v.InferOutput<typeof PublicHistoryEntrySchema>;
