import * as v from 'valibot';

const SecondsSchema = v.nullable(v.pipe(v.number(), v.minValue(0)));

/**
 * How long the city took with one report, in its public status answer (computed by
 * `reportResponseTime` in signals). The day of receipt is day 0 of the working days.
 */
export const ReportResponseTimeSchema = v.object({
  /** From receipt to the first response by staff (or the closing, if that came first); null while none. */
  firstResponseSeconds: SecondsSchema,
  /** From receipt to closing (done or rejected); null while open. */
  closeSeconds: SecondsSchema,
  /** Working days (Finnish calendar, Helsinki time) from receipt to the first response; null while none. */
  firstResponseWorkingDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** The city's target for a first response, in working days. */
  targetWorkingDays: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Whether the first response came within the target; null while none and still within it. */
  withinTarget: v.nullable(v.boolean()),
});
export type ReportResponseTime = v.InferOutput<typeof ReportResponseTimeSchema>;
