import * as v from 'valibot';

/**
 * The answers `<kohtaamo-space-finder>` reads (loose: the server may add fields): the register
 * of units with their spaces and resources (GET /api/v1/booking/units) and what is free when
 * (GET /api/v1/booking/free).
 */
const name = v.object({ fi: v.string(), sv: v.string(), en: v.string() });
export const FinderRegisterSchema = v.looseObject({
  items: v.array(
    v.looseObject({
      id: v.string(),
      name,
      address: v.string(),
      location: v.optional(v.object({ lat: v.number(), lon: v.number() })),
      spaces: v.array(
        v.looseObject({
          id: v.string(),
          unitId: v.string(),
          parentId: v.nullable(v.string()),
          name,
          areaM2: v.number(),
          capacity: v.number(),
          purposes: v.array(v.string()),
          accessibility: v.looseObject({ stepFree: v.boolean(), accessibleToilet: v.boolean(), inductionLoop: v.boolean() }),
        }),
      ),
      resources: v.array(
        v.looseObject({
          id: v.string(),
          unitId: v.string(),
          spaceIds: v.array(v.string()),
          name,
          active: v.boolean(),
          rules: v.looseObject({ handlingRequired: v.boolean(), minMinutes: v.number(), maxMinutes: v.number() }),
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
