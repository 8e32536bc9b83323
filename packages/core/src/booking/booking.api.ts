import * as v from 'valibot';

/**
 * The answers <kohtaamo-space-booking>'s calendar reads, parsed by these schemas (loose: the
 * server may add fields). The paths are BOOKING_PATHS. Each view's schemas are a module of their
 * own (booking-created.api, booking-manage.api, figures-view.api): a bundle keeps a module whole,
 * so a widget's entry carries only the schemas of what it first shows (ADR 0066).
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
