import * as v from 'valibot';
import { BookingIdSchema } from './space.schema.js';

/**
 * The seasonal application round (issue 12, ADR 0040): staff open a round for a unit with a
 * period (the season) and a deadline; associations apply for a weekly slot of a resource; after
 * the deadline staff allocate once: each accepted application becomes a weekly series over the
 * period (materialised by the series code, each rejected occurrence with its rule), each
 * rejected one gets a reason.
 */
const isoDate = v.pipe(v.string('common.invalid'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'common.invalid'));
const instant = v.pipe(v.string('common.invalid'), v.isoTimestamp('common.invalid'));
const time = v.pipe(v.string('common.invalid'), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'common.invalid'));
const text = (max: number) => v.pipe(v.string('common.invalid'), v.trim(), v.nonEmpty('common.required'), v.maxLength(max, 'common.tooLong'));

export const ROUND_PATHS = {
  rounds: '/api/v1/booking/rounds',
  staffRounds: '/api/v1/staff/booking/rounds',
  /** A unit's rounds are opened under the unit: `${staffUnits}/{unitId}/rounds`. */
  staffUnits: '/api/v1/staff/booking/units',
} as const;

export const SeasonRoundInputSchema = v.object({
  name: text(200),
  /** The season: the first and last date of the weekly series. */
  periodStart: isoDate,
  periodEnd: isoDate,
  /** Applications are taken until this instant; allocation only after it. */
  deadline: instant,
});
export type SeasonRoundInput = v.InferOutput<typeof SeasonRoundInputSchema>;

export const SeasonApplicationSchema = v.object({
  resourceId: BookingIdSchema,
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(1, 'common.invalid'), v.maxValue(7, 'common.invalid')),
  /** Helsinki wall-clock times of the weekly slot. */
  start: time,
  end: time,
  organisation: text(200),
  name: text(200),
  email: v.pipe(v.string('common.invalid'), v.trim(), v.maxLength(254, 'common.tooLong'), v.email('common.invalidEmail')),
  phone: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40, 'common.tooLong'))),
  purpose: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500, 'common.tooLong'))),
  lang: v.optional(v.picklist(['fi', 'sv', 'en'])),
});
export type SeasonApplication = v.InferOutput<typeof SeasonApplicationSchema>;

export const SeasonAllocationSchema = v.object({
  /** In priority order: an earlier accepted series takes a time before a later one. */
  decisions: v.pipe(
    v.array(
      v.object({
        applicationId: v.pipe(v.string('common.invalid'), v.regex(/^a[0-9a-f]{16}$/, 'common.invalid')),
        accept: v.boolean('common.invalid'),
        /** Required when not accepted: the association reads it. */
        reason: v.optional(v.pipe(v.string('common.invalid'), v.trim(), v.maxLength(1000, 'common.tooLong'))),
      }),
    ),
    v.minLength(1, 'common.required'),
    v.maxLength(500, 'common.tooLong'),
  ),
});
export type SeasonAllocation = v.InferOutput<typeof SeasonAllocationSchema>;
