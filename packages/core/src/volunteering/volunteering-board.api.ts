import type { HttpClient } from '../http/http.js';
import { BoardPageSchema, type BoardOpportunity } from './board.read.schema.js';
import type { BoardQuery } from './opportunity.read.schema.js';

/** What the board reads: one page of opportunities; give `next` back as `cursor` for the page after it (null: the last page). */
export interface VolunteeringBoardApi {
  board(query?: Partial<BoardQuery>, signal?: AbortSignal): Promise<{ items: BoardOpportunity[]; next: string | null }>;
}

/** `VOLUNTEERING_PATHS.opportunities`, written out: the paths' module would be one more file on the board's cold page (a test checks they agree). */
export const BOARD_PATH = '/api/v1/volunteering/opportunities';

/**
 * The board's part of the API (issue 7, ADR 0090): a module of its own, with the board's own read
 * schema, so the board's first files hold no other request or answer.
 */
export function createVolunteeringBoardApi(http: HttpClient): VolunteeringBoardApi {
  return {
    board(filter = {}, signal) {
      const searchParams: Record<string, string> = {};
      for (const [k, value] of Object.entries(filter)) if (value !== undefined && value !== '') searchParams[k] = String(value);
      return http.request(BOARD_PATH, BoardPageSchema, { searchParams, ...(signal ? { signal } : {}) });
    },
  };
}
