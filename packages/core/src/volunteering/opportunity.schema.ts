import * as v from 'valibot';
import { OpportunityKindSchema, OpportunityStatusSchema, VolunteerThemeSchema } from './opportunity.read.schema.js';

export * from './opportunity.read.schema.js';

/**
 * The contract of the volunteering module (issue 11): opportunities (one-off talkoot and
 * ongoing tasks) of the city and of associations, their shifts with capacity, waiting list,
 * group sign-ups and roles, the sign-ups residents make, and the talkoot residents propose.
 * The same schemas check the widgets' forms, the server's requests and the answers read back.
 */

const text = (max: number, min = 1) =>
  v.pipe(v.string('common.required'), v.trim(), v.minLength(min, 'common.required'), v.maxLength(max, 'common.tooLong'));
const optionalText = (max: number) => v.optional(v.pipe(v.string('common.invalid'), v.trim(), v.maxLength(max, 'common.tooLong')), '');
const instant = v.pipe(v.string('common.invalid'), v.isoTimestamp('common.invalid'));
const count = (min: number, max: number) =>
  v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(min, 'volunteering.number.tooSmall'), v.maxValue(max, 'volunteering.number.tooLarge'));

/**
 * A text an association writes in Finnish and may translate: Finnish is required, Swedish and
 * English may be empty (shown in Finnish then, with `pickVolunteerText`).
 */
export const VolunteerTextSchema = (max: number) =>
  v.object({ fi: text(max), sv: optionalText(max), en: optionalText(max) });
const localizedOptional = (max: number) =>
  v.optional(v.object({ fi: optionalText(max), sv: optionalText(max), en: optionalText(max) }), { fi: '', sv: '', en: '' });

export const SlugSchema = v.pipe(
  v.string('common.invalid'),
  v.trim(),
  v.nonEmpty('common.required'),
  v.maxLength(64, 'common.tooLong'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'common.invalid'),
);

export const LocationSchema = v.object({
  name: text(160),
  address: optionalText(200),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
});
export type VolunteerLocation = v.InferOutput<typeof LocationSchema>;

export const ContactSchema = v.object({
  name: text(120),
  email: v.optional(v.pipe(v.string('common.invalid'), v.trim(), v.maxLength(254, 'common.tooLong'), v.email('common.invalid'))),
  phone: v.optional(v.pipe(v.string('common.invalid'), v.trim(), v.regex(/^\+?[0-9 ()-]{5,20}$/, 'common.invalid'))),
});

export const SuitabilitySchema = v.object({
  /** People under 18 may take part (with a guardian's consent). */
  under18: v.optional(v.boolean(), false),
  /** Can be done in English. */
  english: v.optional(v.boolean(), false),
  /** Can be done remotely. */
  remote: v.optional(v.boolean(), false),
});
export type Suitability = v.InferOutput<typeof SuitabilitySchema>;

export const SupplySchema = v.object({ item: text(120), quantity: v.optional(count(1, 100_000)) });

/** What a coordinator writes when creating or editing an opportunity. */
export const OpportunityInputSchema = v.object({
  kind: OpportunityKindSchema,
  title: VolunteerTextSchema(160),
  description: VolunteerTextSchema(4000),
  themes: v.pipe(v.array(VolunteerThemeSchema), v.maxLength(6, 'common.tooLong')),
  /** The city's area (district) id, e.g. "keskusta". */
  area: SlugSchema,
  location: LocationSchema,
  contact: ContactSchema,
  whatToBring: localizedOptional(1000),
  supplies: v.optional(v.pipe(v.array(SupplySchema), v.maxLength(30, 'common.tooLong')), []),
  accessibility: localizedOptional(1000),
  suitability: v.optional(SuitabilitySchema, { under18: false, english: false, remote: false }),
  status: v.optional(OpportunityStatusSchema, 'published'),
});
export type OpportunityInput = v.InferInput<typeof OpportunityInputSchema>;
export type OpportunityFields = v.InferOutput<typeof OpportunityInputSchema>;

/**
 * A role on a shift. `criminalRecordCheck`: work with children, where the organiser must see
 * an extract of the criminal record (Finnish law 148/2014, 504/2002 §6). Kohtaamo stores only
 * that an extract was seen, when and by whom (RecordCheckSchema), never the extract.
 */
export const ShiftRoleSchema = v.object({
  id: SlugSchema,
  name: VolunteerTextSchema(120),
  minimumAge: v.optional(count(0, 100)),
  criminalRecordCheck: v.optional(v.boolean(), false),
});
export type ShiftRole = v.InferOutput<typeof ShiftRoleSchema>;

export const ShiftInputSchema = v.pipe(
  v.object({
    startsAt: instant,
    endsAt: instant,
    /** People (not sign-ups) who can attend. */
    capacity: count(1, 10_000),
    /** The shift takes place with at least this many; the console shows when it is short. */
    minimumAttendees: v.optional(count(0, 10_000), 0),
    /** People who may wait for a seat; 0 means no waiting list. */
    waitingListCapacity: v.optional(count(0, 10_000), 0),
    /** The largest group one sign-up may bring (1 = one person per sign-up). */
    maxGroupSize: v.optional(count(1, 100), 1),
    roles: v.optional(v.pipe(v.array(ShiftRoleSchema), v.maxLength(20, 'common.tooLong')), []),
  }),
  v.forward(v.check((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), 'volunteering.shift.endBeforeStart'), ['endsAt']),
  v.forward(v.check((s) => s.minimumAttendees <= s.capacity, 'volunteering.shift.minimumAboveCapacity'), ['minimumAttendees']),
  v.forward(v.check((s) => new Set(s.roles.map((r) => r.id)).size === s.roles.length, 'volunteering.shift.duplicateRole'), ['roles']),
);
export type ShiftInput = v.InferInput<typeof ShiftInputSchema>;
export type ShiftFields = v.InferOutput<typeof ShiftInputSchema>;

