import * as v from 'valibot';
import { LatitudeSchema, LongitudeSchema, PhotoIdSchema } from './feedback-location.schema.js';
import { TrackingCodeSchema } from './feedback.schema.js';
import { PublicFeedbackSchema } from './feedback-public.schema.js';

// What a resident's form does besides sending (feedback-resident.api.ts): photos, similar reports
// near the pin and "this is mine too", apart from the public list's schemas (feedback-public.schema.ts).

/** The answer to POST /api/v1/feedback/photos. */
export const PhotoUploadSchema = v.object({
  id: PhotoIdSchema,
  contentType: v.picklist(['image/jpeg', 'image/png', 'image/webp']),
  byteSize: v.number(),
});
export type PhotoUpload = v.InferOutput<typeof PhotoUploadSchema>;

/** The default and largest distance of "similar reports nearby", in metres. */
export const NEARBY_RADIUS_M = 200;

export const NearbyQuerySchema = v.object({
  category: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'feedback.category.required')),
  lat: v.pipe(v.string(), v.transform(Number), LatitudeSchema),
  lon: v.pipe(v.string(), v.transform(Number), LongitudeSchema),
  radius: v.optional(v.pipe(v.string(), v.transform(Number), v.number(), v.minValue(1), v.maxValue(1000))),
});

export const NearbyFeedbackSchema = v.object({
  items: v.array(v.object({ ...PublicFeedbackSchema.entries, distance: v.number() })),
});
export type NearbyFeedback = v.InferOutput<typeof NearbyFeedbackSchema>['items'][number];

/** Body of POST /api/v1/feedback/{code}/followers: an email only when the resident wants updates. */
export const FollowRequestSchema = v.object({
  email: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(254, 'common.tooLong'), v.email('feedback.contact.email.invalid'))),
});
export type FollowRequest = v.InferOutput<typeof FollowRequestSchema>;

export const FollowResultSchema = v.object({ trackingCode: TrackingCodeSchema, followers: v.number() });
export type FollowResult = v.InferOutput<typeof FollowResultSchema>;
