import * as v from 'valibot';
import { HEINOLA_BBOX, inBoundingBox } from './geo.logic.js';

export const LatitudeSchema = v.pipe(v.number('feedback.location.invalid'), v.finite('feedback.location.invalid'), v.minValue(-90, 'feedback.location.invalid'), v.maxValue(90, 'feedback.location.invalid'));
export const LongitudeSchema = v.pipe(v.number('feedback.location.invalid'), v.finite('feedback.location.invalid'), v.minValue(-180, 'feedback.location.invalid'), v.maxValue(180, 'feedback.location.invalid'));

export const PointSchema = v.object({ lat: LatitudeSchema, lon: LongitudeSchema });

/** A photo id as the upload answered it (a UUID). */
export const PhotoIdSchema = v.pipe(v.string('common.invalid'), v.uuid('feedback.photo.unknown'));

/** The most photos one feedback may have. */
export const PHOTO_IDS_MAX = 3;

/**
 * Where the feedback is about: an address, a pin (WGS84), or both. A pin needs both
 * coordinates, and must lie in Heinola (HEINOLA_BBOX, with a margin).
 */
export const FeedbackLocationSchema = v.pipe(
  v.object({
    address: v.optional(
      v.pipe(v.string('feedback.address.invalid'), v.trim(), v.maxLength(200, 'common.tooLong')),
    ),
    lat: v.optional(LatitudeSchema),
    lon: v.optional(LongitudeSchema),
  }),
  v.forward(
    v.check((l) => (l.lat === undefined) === (l.lon === undefined), 'feedback.location.invalid'),
    ['lat'],
  ),
  v.forward(
    v.check((l) => Boolean(l.address) || l.lat !== undefined, 'feedback.address.invalid'),
    ['address'],
  ),
  v.forward(
    v.check((l) => l.lat === undefined || l.lon === undefined || inBoundingBox({ lat: l.lat, lon: l.lon }, HEINOLA_BBOX), 'feedback.location.outside'),
    ['lat'],
  ),
);
