import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';
import { CategoryExtrasSchema } from './feedback-attributes.schema.js';

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

// The body of POST /api/v1/feedback (FeedbackSubmissionSchema, FeedbackContactSchema) is in
// feedback-submission.schema.ts: a widget checks it only when a person sends, so it is not on
// the form's cold page (issue 7).

// What a tracking code shows (the receipt, the status) is in feedback-status.schema.ts, re-exported
// here: a form reads it only after sending, so it is not on the form's cold page (issue 7).
export * from './feedback-status.schema.js';
