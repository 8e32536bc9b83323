import * as v from 'valibot';

/** Which of the person's own sign-ups (by the manage codes kept on their device) overlap a shift. */
export const OverlapRequestSchema = v.object({
  shiftId: v.pipe(v.string(), v.maxLength(64)),
  codes: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(50)),
});
export const OverlapListSchema = v.object({
  items: v.array(v.object({ shiftId: v.string(), opportunityId: v.string(), title: v.object({ fi: v.string(), sv: v.string(), en: v.string() }), startsAt: v.string(), endsAt: v.string() })),
});
export type Overlap = v.InferOutput<typeof OverlapListSchema>['items'][number];
