import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { ROUND_PATHS, type SeasonAllocation, type SeasonRoundInput } from './round.schema.js';

/**
 * The staff side of seasonal application rounds as the space console's round view reads it
 * (ADR 0040, 0053): a unit's rounds, opening a new one, a round's applications, the allocation. Imported by the
 * console's lazy round module only. Answers are read loosely (the server may add fields).
 */
export const SeasonRoundSchema = v.looseObject({
  id: v.string(),
  unitId: v.string(),
  name: v.string(),
  periodStart: v.string(),
  periodEnd: v.string(),
  deadline: v.string(),
  status: v.string(),
  /** Still taking applications (open and before the deadline). */
  open: v.boolean(),
  allocatedAt: v.nullable(v.string()),
});
export type SeasonRound = v.InferOutput<typeof SeasonRoundSchema>;

export const SeasonApplicationViewSchema = v.looseObject({
  id: v.string(),
  resourceId: v.string(),
  /** ISO weekday, 1 Monday … 7 Sunday. */
  weekday: v.number(),
  start: v.string(),
  end: v.string(),
  organisation: v.nullable(v.string()),
  name: v.nullable(v.string()),
  email: v.nullable(v.string()),
  purpose: v.nullable(v.string()),
  status: v.string(),
  reason: v.nullable(v.string()),
  acceptedCount: v.number(),
  rejectedOccurrences: v.array(v.looseObject({ date: v.string(), rule: v.string(), detail: v.optional(v.string()) })),
});
export type SeasonApplicationView = v.InferOutput<typeof SeasonApplicationViewSchema>;

const RoundListSchema = v.object({ items: v.array(SeasonRoundSchema) });
const RoundDetailSchema = v.object({ round: SeasonRoundSchema, items: v.array(SeasonApplicationViewSchema) });
const AllocatedSchema = v.object({ items: v.array(SeasonApplicationViewSchema) });

export function createRoundStaffApi(http: HttpClient, locale: () => string = () => 'fi') {
  const headers = () => ({ 'Accept-Language': locale() });
  const of = (id: string) => `${ROUND_PATHS.staffRounds}/${encodeURIComponent(id)}`;
  return {
    rounds(unit: string) {
      return http.request(ROUND_PATHS.staffRounds, RoundListSchema, { searchParams: { unit }, headers: headers() });
    },
    /** Opens a round for a unit: a season and a deadline before it (422 with the field's pointer when not). */
    create(unitId: string, input: SeasonRoundInput) {
      return http.request(`${ROUND_PATHS.staffUnits}/${encodeURIComponent(unitId)}/rounds`, SeasonRoundSchema, { method: 'POST', json: input, headers: headers() });
    },
    applications(roundId: string) {
      return http.request(`${of(roundId)}/applications`, RoundDetailSchema, { headers: headers() });
    },
    allocate(roundId: string, allocation: SeasonAllocation) {
      return http.request(`${of(roundId)}/allocate`, AllocatedSchema, { method: 'POST', json: allocation, headers: headers() });
    },
  };
}
export type RoundStaffApi = ReturnType<typeof createRoundStaffApi>;
