import * as v from 'valibot';

/**
 * The answers `<kohtaamo-space-finder>` reads (loose: the server may add fields): the register
 * of units with their resources (GET /api/v1/booking/units), each listed resource with what the
 * finder filters on (`finder`: its size, capacity, purposes and accessibility, computed by the
 * server with `finderRows`, so the widget carries neither the spaces' tree nor the computation),
 * and what is free when (GET /api/v1/booking/free).
 */
const name = v.object({ fi: v.string(), sv: v.string(), en: v.string() });
export const FinderRegisterSchema = v.looseObject({
  items: v.array(
    v.looseObject({
      id: v.string(),
      name,
      address: v.string(),
      location: v.optional(v.object({ lat: v.number(), lon: v.number() })),
      resources: v.array(
        v.looseObject({
          id: v.string(),
          unitId: v.string(),
          name,
          rules: v.looseObject({ handlingRequired: v.boolean() }),
          finder: v.optional(
            v.object({
              areaM2: v.number(),
              capacity: v.number(),
              purposes: v.array(v.string()),
              stepFree: v.boolean(),
              accessibleToilet: v.boolean(),
              inductionLoop: v.boolean(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type FinderRegister = v.InferOutput<typeof FinderRegisterSchema>;

export const FreeViewSchema = v.looseObject({
  items: v.array(v.object({ resourceId: v.string(), start: v.string(), end: v.string(), exact: v.boolean() })),
});
export type FreeView = v.InferOutput<typeof FreeViewSchema>;
