import * as v from 'valibot';
import { LocalizedTextSchema } from '../../i18n/localized-text.schema.js';

/**
 * What `<kohtaamo-feedback-stats>` draws of GET /api/v1/feedback/stats (issue 7, docs/adr/0097;
 * the pattern of ADRs 0087 and 0089): the period's two dates, the target, per figure group its
 * counts, medians, 90th percentiles and share within the target, the weeks and the backlog's age
 * buckets. Loose objects, fields it does not draw dropped from the check. The server builds the
 * whole `FeedbackStatsSchema` and its route tests parse every answer with it.
 */
const count = v.number();
/** Seconds, or a share (0…1); null when there is nothing to measure. */
const orNull = v.nullable(v.number());
const DurationRead = v.looseObject({ count, open: count, medianSeconds: orNull, p90Seconds: orNull });
const GroupRead = {
  received: count,
  firstResponse: DurationRead,
  close: DurationRead,
  withinTarget: v.looseObject({ met: count, missed: count, pending: count, share: orNull }),
};
const NamedGroupRead = v.looseObject({ name: LocalizedTextSchema, ...GroupRead });

export const FeedbackStatsReadSchema = v.looseObject({
  period: v.looseObject({ from: v.string(), to: v.string() }),
  targetWorkingDays: count,
  overall: v.looseObject(GroupRead),
  byCategory: v.array(NamedGroupRead),
  byUnit: v.array(NamedGroupRead),
  backlog: v.looseObject({ open: count, buckets: v.array(v.looseObject({ minDays: count, maxDays: v.nullable(count), count })) }),
  weeks: v.array(v.looseObject({ week: v.string(), received: count, closed: count })),
});
/** The figures as the widget reads them (a `FeedbackStats` from the server has all of this). */
export type FeedbackStatsRead = v.InferOutput<typeof FeedbackStatsReadSchema>;
export type NamedGroupFiguresRead = FeedbackStatsRead['byCategory'][number];
export type DurationFiguresRead = FeedbackStatsRead['overall']['firstResponse'];
