import * as v from 'valibot';
import { inBoundingBox, type BoundingBox } from '../geo/geo.logic.js';

export const LatitudeSchema = v.pipe(v.number('feedback.location.invalid'), v.finite('feedback.location.invalid'), v.minValue(-90, 'feedback.location.invalid'), v.maxValue(90, 'feedback.location.invalid'));
export const LongitudeSchema = v.pipe(v.number('feedback.location.invalid'), v.finite('feedback.location.invalid'), v.minValue(-180, 'feedback.location.invalid'), v.maxValue(180, 'feedback.location.invalid'));

export const PointSchema = v.object({ lat: LatitudeSchema, lon: LongitudeSchema });

/** A photo id as the upload answered it (a UUID). */
export const PhotoIdSchema = v.pipe(v.string('common.invalid'), v.uuid('feedback.photo.unknown'));

/** The most photos one feedback may have. */
export const PHOTO_IDS_MAX = 3;

/**
 * Where the feedback is about: an address, a pin (WGS84), or both. A pin needs both
 * coordinates. Whether it lies in the city's area is the server's check (its configured map
 * area, KOHTAAMO_MAP_BBOX; `pinOutsideArea` below), answered as `feedback.location.outside`.
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
);

/** Whether a location's pin lies outside the city's area (no area configured: never). */
export function pinOutsideArea(location: { lat?: number | undefined; lon?: number | undefined } | undefined, area: BoundingBox | null): boolean {
  if (area === null || location?.lat === undefined || location.lon === undefined) return false;
  return !inBoundingBox({ lat: location.lat, lon: location.lon }, area);
}
