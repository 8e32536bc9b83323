import * as v from 'valibot';
import { LOCALES } from '../i18n/locale.js';
import { AttributeAnswersSchema } from './feedback-attributes.schema.js';
import { FeedbackLocationSchema, PHOTO_IDS_MAX, PhotoIdSchema } from './feedback-location.schema.js';
import { CategoryIdSchema, MESSAGE_MAX, MESSAGE_MIN } from './feedback.schema.js';

// What a resident sends (POST /api/v1/feedback), apart from the schemas a widget reads on a cold
// page (feedback.schema.ts): rollup puts a whole module in one chunk, so the form's first render
// would carry these too (issue 7).

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
