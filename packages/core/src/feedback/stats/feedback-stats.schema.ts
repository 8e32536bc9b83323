import * as v from 'valibot';
import { LocalizedTextSchema } from '../../i18n/localized-text.schema.js';
import { IsoDateTimeSchema } from '../iso-date-time.schema.js';

export { ReportResponseTimeSchema, type ReportResponseTime } from '../feedback-response-time.schema.js';

/** Longest period the figures are computed for at once (two years and a day). */
export const STATS_MAX_DAYS = 731;

const LocalDateSchema = v.pipe(
  v.string('signals.date.invalid'),
  v.trim(),
  v.isoDate('signals.date.invalid'),
);

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A query parameter: absent and empty are the same (no filter). */
const param = <S extends v.GenericSchema<unknown, string>>(schema: S) =>
  v.optional(v.pipe(v.unknown(), v.transform(emptyToUndefined), v.optional(schema)));

const SlugSchema = v.pipe(
  v.string('common.invalid'),
  v.trim(),
  v.maxLength(64, 'common.invalid'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'common.invalid'),
);

/**
 * Query of GET /api/v1/feedback/stats. `from` and `to` are local dates in Helsinki, both
 * included; without them the last 12 weeks up to today. An empty parameter counts as absent.
 */
export const FeedbackStatsQuerySchema = v.pipe(
  v.object({
    from: param(LocalDateSchema),
    to: param(LocalDateSchema),
    category: param(SlugSchema),
    unit: param(SlugSchema),
  }),
  v.forward(
    v.check((q) => q.from === undefined || q.to === undefined || q.from <= q.to, 'signals.period.order'),
    ['to'],
  ),
  v.forward(
    v.check(
      (q) =>
        q.from === undefined ||
        q.to === undefined ||
        (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000 < STATS_MAX_DAYS,
      'signals.period.tooLong',
    ),
    ['to'],
  ),
);
export type FeedbackStatsQueryInput = v.InferInput<typeof FeedbackStatsQuerySchema>;
export type FeedbackStatsQuery = v.InferOutput<typeof FeedbackStatsQuerySchema>;

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const SecondsSchema = v.nullable(v.pipe(v.number(), v.minValue(0)));

/**
 * Durations of the reports that reached a point (first response, or closing). Reports that
 * have not reached it yet are censored: they are not in the median and p90 but are counted in
 * `open`, so the figures are never read without knowing how many are still waiting.
 */
export const DurationFiguresSchema = v.object({
  count: CountSchema,
  open: CountSchema,
  medianSeconds: SecondsSchema,
  p90Seconds: SecondsSchema,
});
export type DurationFigures = v.InferOutput<typeof DurationFiguresSchema>;

/**
 * Answered within the target of working days. `met` and `missed` are settled; `pending` are
 * open reports still inside their target (they may yet make it) and are left out of `share`.
 * An open report past its target is `missed`.
 */
export const TargetFiguresSchema = v.object({
  met: CountSchema,
  missed: CountSchema,
  pending: CountSchema,
  share: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
});
export type TargetFigures = v.InferOutput<typeof TargetFiguresSchema>;

export const GroupFiguresSchema = v.object({
  received: CountSchema,
  firstResponse: DurationFiguresSchema,
  close: DurationFiguresSchema,
  withinTarget: TargetFiguresSchema,
});
export type GroupFigures = v.InferOutput<typeof GroupFiguresSchema>;

export const NamedGroupFiguresSchema = v.object({
  id: v.string(),
  name: LocalizedTextSchema,
  ...GroupFiguresSchema.entries,
});
export type NamedGroupFigures = v.InferOutput<typeof NamedGroupFiguresSchema>;

export const BacklogBucketSchema = v.object({
  /** Age in whole calendar days, both bounds included; `maxDays` null = and older. */
  minDays: CountSchema,
  maxDays: v.nullable(CountSchema),
  count: CountSchema,
});

export const BacklogSchema = v.object({
  /** The instant the backlog is counted at: the end of the period, or now if earlier. */
  asOf: IsoDateTimeSchema,
  open: CountSchema,
  medianAgeDays: v.nullable(v.number()),
  oldestAgeDays: v.nullable(v.number()),
  buckets: v.array(BacklogBucketSchema),
});
export type Backlog = v.InferOutput<typeof BacklogSchema>;

export const WeekVolumeSchema = v.object({
  /** ISO 8601 week, "2026-W09". */
  week: v.string(),
  /** The week's Monday. */
  start: v.string(),
  received: CountSchema,
  closed: CountSchema,
});
export type WeekVolume = v.InferOutput<typeof WeekVolumeSchema>;

/** The answer of GET /api/v1/feedback/stats: no personal data, only counts and durations. */
export const FeedbackStatsSchema = v.object({
  period: v.object({ from: v.string(), to: v.string() }),
  filters: v.object({ category: v.nullable(v.string()), unit: v.nullable(v.string()) }),
  generatedAt: IsoDateTimeSchema,
  targetWorkingDays: CountSchema,
  percentileMethod: v.literal('hyndman-fan-7'),
  overall: GroupFiguresSchema,
  byCategory: v.array(NamedGroupFiguresSchema),
  byUnit: v.array(NamedGroupFiguresSchema),
  backlog: BacklogSchema,
  weeks: v.array(WeekVolumeSchema),
});
export type FeedbackStats = v.InferOutput<typeof FeedbackStatsSchema>;
