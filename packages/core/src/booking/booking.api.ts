import * as v from 'valibot';

/**
 * The answers the space widgets read, parsed by these schemas (loose: the server may add
 * fields). The paths are BOOKING_PATHS.
 */
export const ResourceViewSchema = v.looseObject({
  id: v.string(),
  unitId: v.string(),
  // Read loosely (any language keys): the widget picks fi, sv or en and the server checks the rest.
  name: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
  rules: v.looseObject({ slotMinutes: v.number(), minMinutes: v.number(), maxMinutes: v.number(), handlingRequired: v.boolean() }),
  form: v.object({ fields: v.array(v.string()), required: v.array(v.string()) }),
});
export type ResourceView = v.InferOutput<typeof ResourceViewSchema>;

export const AvailabilityViewSchema = v.looseObject({
  days: v.array(v.object({ date: v.string(), cells: v.array(v.object({ start: v.string(), end: v.string(), state: v.picklist(['free', 'busy', 'closed', 'outside']) })) })),
});
export type AvailabilityView = v.InferOutput<typeof AvailabilityViewSchema>;

export const BookingCreatedSchema = v.looseObject({
  id: v.string(),
  status: v.picklist(['pending', 'confirmed', 'denied', 'cancelled']),
  start: v.string(),
  end: v.string(),
  manageCode: v.string(),
});
export type BookingCreated = v.InferOutput<typeof BookingCreatedSchema>;

export const FiguresViewSchema = v.looseObject({
  area: v.object({
    openAccessM2: v.number(),
    bookableM2: v.number(),
    meetingPlaces: v.number(),
    units: v.array(v.object({ unitId: v.string(), openAccessM2: v.number(), bookableM2: v.number(), meetingPlaces: v.number(), spaces: v.number() })),
  }),
  utilisation: v.array(v.object({ spaceId: v.string(), month: v.string(), openHours: v.number(), bookedHours: v.number(), share: v.number() })),
  months: v.array(v.string()),
  /** The names the figures are read by (the server sends them since ADR 0041). */
  units: v.optional(v.array(v.looseObject({ id: v.string(), name: v.object({ fi: v.string(), sv: v.string(), en: v.string() }) })), []),
  spaces: v.optional(v.array(v.looseObject({ id: v.string(), unitId: v.string(), name: v.object({ fi: v.string(), sv: v.string(), en: v.string() }), access: v.string() })), []),
});
export type FiguresView = v.InferOutput<typeof FiguresViewSchema>;

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
