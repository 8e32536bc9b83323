import * as v from 'valibot';

/** The answer to a booking made (POST /bookings): read by the booking form's lazy module. */
export const BookingCreatedSchema = v.looseObject({
  id: v.string(),
  status: v.picklist(['pending', 'confirmed', 'denied', 'cancelled']),
  start: v.string(),
  end: v.string(),
  manageCode: v.string(),
});
export type BookingCreated = v.InferOutput<typeof BookingCreatedSchema>;
