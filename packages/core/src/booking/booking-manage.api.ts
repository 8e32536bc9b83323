import * as v from 'valibot';

/** A booking as its manage code reads it (GET /bookings/{id} with the Manage-Code header; cancel and reschedule answer it too). */
export const BookingViewSchema = v.looseObject({
  id: v.string(),
  resourceId: v.string(),
  status: v.picklist(['pending', 'confirmed', 'denied', 'cancelled']),
  start: v.string(),
  end: v.string(),
  denyReason: v.optional(v.nullable(v.string()), null),
});
export type BookingView = v.InferOutput<typeof BookingViewSchema>;
