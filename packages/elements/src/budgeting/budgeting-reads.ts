import { BUDGETING_PATHS, createApiClient, RoundViewSchema, type BudgetingApi, type RoundView } from '@kohtaamo/core';

/** The path of a round (`/api/v1/budgeting/rounds/<id>`); its resources are under it. */
export const roundPath = (round: string): string => `${BUDGETING_PATHS.rounds}/${encodeURIComponent(round)}`;

/**
 * The round a resident widget shows: from the API a story or test sets, else one request with the
 * small schema of what the widgets draw (`RoundViewSchema`). A widget makes its own few requests
 * instead of building the whole budgeting API, whose object holds every schema of the API (issue 7).
 */
export function readRound(api: BudgetingApi | null, baseUrl: string, round: string): Promise<RoundView> {
  return api ? api.round(round) : createApiClient({ baseUrl }).request(roundPath(round), RoundViewSchema);
}
