import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text.schema.js';

/**
 * The contract of space booking (issue 12): units (a library, a youth space, a school), a tree
 * of spaces with their surface area and capacity, and bookable resources over one or more
 * spaces with their rules. The same schemas check the console's forms, the server's requests
 * and the answers the widgets read.
 */

export const BOOKING_PATHS = {
  units: '/api/v1/booking/units',
  spaces: '/api/v1/booking/spaces',
  resources: '/api/v1/booking/resources',
  bookings: '/api/v1/booking/bookings',
  figures: '/api/v1/booking/figures',
  staff: '/api/v1/staff/booking',
} as const;

export const BOOKING_PROBLEM_TYPES = {
  /** A booking rule refused the request; `rule` names which (see BOOKING_RULES). */
  rule: 'https://kohtaamo.fi/problems/booking/rule',
  /** The time is taken (by another booking or a block), also across parent and sub-spaces. */
  conflict: 'https://kohtaamo.fi/problems/booking/conflict',
  /** The manage code does not fit this booking. */
  badCode: 'https://kohtaamo.fi/problems/booking/bad-code',
  /** Cancelling or changing is no longer possible (the deadline passed, or it is handled). */
  deadline: 'https://kohtaamo.fi/problems/booking/deadline',
} as const;

const id = v.pipe(
  v.string('common.invalid'),
  v.trim(),
  v.nonEmpty('common.required'),
  v.maxLength(64, 'common.tooLong'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'common.invalid'),
);
export const BookingIdSchema = id;

const isoDate = v.pipe(v.string('common.invalid'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'common.invalid'));
const hhmm = v.pipe(v.string('common.invalid'), v.regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'common.invalid'));

export const PURPOSES = ['meeting-place', 'meeting-room', 'cafe', 'workshop', 'youth', 'sports', 'event', 'study'] as const;
export const PurposeSchema = v.picklist(PURPOSES, 'common.invalid');
export type Purpose = v.InferOutput<typeof PurposeSchema>;

export const AccessibilitySchema = v.object({
  stepFree: v.boolean(),
  accessibleToilet: v.boolean(),
  inductionLoop: v.boolean(),
  note: v.optional(LocalizedTextSchema),
});
export type Accessibility = v.InferOutput<typeof AccessibilitySchema>;

export const TimeSpanSchema = v.object({
  weekdays: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)))),
  start: hhmm,
  end: hhmm,
  closed: v.optional(v.boolean()),
  weekInterval: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(8))),
});
export const DatePeriodSchema = v.object({
  start: v.optional(v.nullable(isoDate)),
  end: v.optional(v.nullable(isoDate)),
  kind: v.picklist(['normal', 'exception']),
  spans: v.array(TimeSpanSchema),
  name: v.optional(v.string()),
});
export const OpeningHoursSchema = v.object({
  periods: v.array(DatePeriodSchema),
  holidays: v.optional(v.union([v.picklist(['closed', 'ignore']), v.array(TimeSpanSchema)])),
});

export const BookingUnitSchema = v.object({
  id,
  name: LocalizedTextSchema,
  address: v.string(),
  location: v.optional(v.object({ lat: v.number(), lon: v.number() })),
  openingHours: OpeningHoursSchema,
});
export type BookingUnit = v.InferOutput<typeof BookingUnitSchema>;

export const SpaceSchema = v.object({
  id,
  unitId: id,
  parentId: v.nullable(id),
  name: LocalizedTextSchema,
  /** Surface area in m². */
  areaM2: v.pipe(v.number(), v.minValue(0)),
  capacity: v.pipe(v.number(), v.integer(), v.minValue(0)),
  purposes: v.array(PurposeSchema),
  accessibility: AccessibilitySchema,
  /** Open access: anyone may walk in during opening hours. Bookable: only by booking. */
  access: v.picklist(['open', 'bookable']),
});
export type Space = v.InferOutput<typeof SpaceSchema>;

export const FORM_FIELDS = ['name', 'email', 'phone', 'organisation', 'purpose', 'attendees', 'description'] as const;
export const FormFieldSchema = v.picklist(FORM_FIELDS);
export type FormField = v.InferOutput<typeof FormFieldSchema>;

const minutes = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60 * 24 * 7));

export const ResourceRulesSchema = v.object({
  /** The slot grid: starts and ends fall on multiples of this from local midnight. */
  slotMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(1440)),
  minMinutes: minutes,
  maxMinutes: minutes,
  bufferBeforeMinutes: minutes,
  bufferAfterMinutes: minutes,
  /** The window opens this many days ahead (bookings further away are refused). */
  bookableDaysAhead: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(730)),
  /** And closes this many minutes before the start. */
  minLeadMinutes: minutes,
  /** Active (future, not cancelled) bookings one person may hold; null = no limit. */
  maxActivePerPerson: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  handlingRequired: v.boolean(),
  /** A resident may cancel or change until this many hours before the start. */
  cancellationDeadlineHours: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type ResourceRules = v.InferOutput<typeof ResourceRulesSchema>;

export const PriceSchema = v.object({
  /** Euro cents per hour; 0 = free. */
  centsPerHour: v.pipe(v.number(), v.integer(), v.minValue(0)),
  discountGroups: v.array(v.object({ id, name: LocalizedTextSchema, percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)) })),
});
export type Price = v.InferOutput<typeof PriceSchema>;

export const ResourceSchema = v.object({
  id,
  unitId: id,
  spaceIds: v.pipe(v.array(id), v.minLength(1)),
  name: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
  active: v.boolean(),
  rules: ResourceRulesSchema,
  price: PriceSchema,
  form: v.object({ fields: v.array(FormFieldSchema), required: v.array(FormFieldSchema) }),
  openingHours: OpeningHoursSchema,
});
export type Resource = v.InferOutput<typeof ResourceSchema>;

export const BookingStatusSchema = v.picklist(['pending', 'confirmed', 'denied', 'cancelled']);
export type BookingStatus = v.InferOutput<typeof BookingStatusSchema>;

const email = v.pipe(v.string('common.invalid'), v.trim(), v.maxLength(254, 'common.tooLong'), v.email('common.invalidEmail'));
const instant = v.pipe(v.string('common.invalid'), v.isoTimestamp('common.invalid'));

/** What a resident sends to book. Times are ISO 8601 instants. */
export const BookingRequestSchema = v.object({
  resourceId: id,
  start: instant,
  end: instant,
  name: v.pipe(v.string('common.invalid'), v.trim(), v.nonEmpty('common.required'), v.maxLength(200, 'common.tooLong')),
  email,
  phone: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40, 'common.tooLong'))),
  organisation: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'common.tooLong'))),
  purpose: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500, 'common.tooLong'))),
  description: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000, 'common.tooLong'))),
  attendees: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  discountGroup: v.optional(id),
  lang: v.optional(v.picklist(['fi', 'sv', 'en'])),
});
export type BookingRequest = v.InferOutput<typeof BookingRequestSchema>;

/** A recurring series: an RRULE (RFC 5545) from a Helsinki wall-clock start. */
export const SeriesRequestSchema = v.object({
  ...BookingRequestSchema.entries,
  start: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'common.invalid')),
  end: v.optional(v.string()),
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(1440)),
  rrule: v.pipe(v.string(), v.maxLength(500), v.regex(/^(RRULE:)?FREQ=/, 'common.invalid')),
});
export type SeriesRequest = v.InferOutput<typeof SeriesRequestSchema>;

/** A booking as the public (busy times, no personal data) sees it. */
export const BusySchema = v.object({ start: v.string(), end: v.string() });

/** Moving a booking to another time. */
export const RescheduleSchema = v.object({ start: instant, end: instant });
/** Denying a request: the reason the resident reads. */
export const DenySchema = v.object({ reason: v.pipe(v.string('common.invalid'), v.trim(), v.nonEmpty('common.required'), v.maxLength(1000, 'common.tooLong')), version: v.optional(v.number()) });
export const ApproveSchema = v.object({ version: v.optional(v.number()) });
/** A staff block: a space closed for a time (maintenance, the unit's own event). */
export const BlockInputSchema = v.object({ spaceId: id, start: instant, end: instant, reason: v.optional(v.pipe(v.string(), v.maxLength(500, 'common.tooLong')), '') });
/** The calendar of a resource: `days` days from a Helsinki date. */
export const AvailabilityQuerySchema = v.object({
  from: isoDate,
  days: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'common.invalid')), '1'),
  minutes: v.optional(v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'common.invalid'))),
});
export const FirstFreeQuerySchema = v.object({
  minutes: v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'common.invalid')),
  from: v.optional(instant),
});
export const BookingQueueQuerySchema = v.object({
  unit: v.optional(id),
  resource: v.optional(id),
  status: v.optional(BookingStatusSchema),
  date: v.optional(isoDate),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'common.invalid')), '25'),
});
/** The blocks of a unit on a Helsinki date (the console's day view). */
export const BlockListQuerySchema = v.object({ unit: id, date: isoDate });
