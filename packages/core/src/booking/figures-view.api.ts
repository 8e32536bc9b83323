import * as v from 'valibot';

/** The public figures (GET /figures) as <kohtaamo-space-figures> reads them (loose: the server may add fields). */
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
