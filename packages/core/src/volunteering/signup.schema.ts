import * as v from 'valibot';
import { crockfordCodes } from '../codes/crockford.js';

/**
 * A resident's sign-up for a shift, the seat hold while the form is being filled in, the
 * receipt with the manage code, and the staff's view of a sign-up. What the resident sends is in
 * signup-submission.schema.ts.
 */

/** Manage codes: 16 Crockford symbols (80 random bits) and a check: "XXXX-XXXX-XXXX-XXXX-C". */
export const manageCodes = /* @__PURE__ */ crockfordCodes(16);

export const ManageCodeSchema = v.pipe(
  v.string('common.invalid'),
  v.transform((s) => manageCodes.normalize(s) ?? ''),
  v.regex(manageCodes.pattern, 'volunteering.code.invalid'),
);

export const SeatHoldRequestSchema = v.object({
  seats: v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(1, 'volunteering.number.tooSmall'), v.maxValue(100, 'volunteering.number.tooLarge')),
});
export const SeatHoldSchema = v.object({
  holdId: v.string(),
  shiftId: v.string(),
  seats: v.number(),
  expiresAt: v.string(),
  /** Where the seats would go if the sign-up were sent now. */
  outcome: v.picklist(['attending', 'waiting']),
});
export type SeatHold = v.InferOutput<typeof SeatHoldSchema>;

export const SignupStatusSchema = v.picklist(['attending', 'waiting', 'cancelled']);
export type SignupStatus = v.InferOutput<typeof SignupStatusSchema>;

/** What the resident gets back, and what the manage link shows. */
export const SignupReceiptSchema = v.object({
  id: v.string(),
  shiftId: v.string(),
  opportunityId: v.string(),
  status: SignupStatusSchema,
  /** 1-based place on the waiting list while waiting. */
  position: v.optional(v.number()),
  groupSize: v.number(),
  name: v.string(),
  email: v.string(),
  startsAt: v.string(),
  endsAt: v.string(),
  /** Only in the answer to the sign-up itself: the secret, never stored in the clear. */
  manageCode: v.optional(v.string()),
  manageUrl: v.optional(v.string()),
});
export type SignupReceipt = v.InferOutput<typeof SignupReceiptSchema>;

/** A change through the manage link: the group size (0 people is a cancel, use DELETE). */
export const SignupChangeSchema = v.object({
  groupSize: v.pipe(v.number('common.invalid'), v.integer('common.invalid'), v.minValue(1, 'volunteering.number.tooSmall'), v.maxValue(100, 'volunteering.number.tooLarge')),
});

/** Only that an extract was seen: when and by whom (law 148/2014). Never the extract. */
export const RecordCheckSchema = v.object({ seenAt: v.string(), seenBy: v.string() });

/** A sign-up as a coordinator sees it (before anonymisation). */
export const StaffSignupSchema = v.object({
  id: v.string(),
  shiftId: v.string(),
  status: SignupStatusSchema,
  position: v.optional(v.number()),
  name: v.string(),
  email: v.string(),
  phone: v.string(),
  groupSize: v.number(),
  age: v.nullable(v.number()),
  role: v.nullable(v.string()),
  guardianName: v.string(),
  checkedIn: v.boolean(),
  hours: v.nullable(v.number()),
  hoursApproved: v.boolean(),
  recordCheck: v.nullable(RecordCheckSchema),
  createdAt: v.string(),
});
export type StaffSignup = v.InferOutput<typeof StaffSignupSchema>;

/** A coordinator's change of a sign-up: check-in, hours (and their approval), the record extract seen. */
export const StaffSignupChangeSchema = v.object({
  checkedIn: v.optional(v.boolean()),
  hours: v.optional(v.pipe(v.number('common.invalid'), v.minValue(0, 'volunteering.number.tooSmall'), v.maxValue(24, 'volunteering.number.tooLarge'))),
  hoursApproved: v.optional(v.boolean()),
  recordCheckSeen: v.optional(v.boolean()),
});

// The overlap check's request and answer are read by the sign-up form's first view: a module of
// their own, so that the form's first file carries none of the schemas above (issue 7).
export { OverlapRequestSchema, OverlapListSchema, type Overlap } from './overlap.schema.js';

export const VolunteeringFiguresSchema = v.object({
  items: v.array(v.object({ area: v.string(), month: v.string(), volunteers: v.number(), hours: v.number(), talkoot: v.number() })),
});

