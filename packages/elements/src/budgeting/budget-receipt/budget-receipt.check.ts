import { BUDGETING_PATHS, createApiClient, normalizeReceiptCode, ProblemError, ReceiptStatusSchema, type BudgetingApi } from '@kohtaamo/core';

/**
 * The receipt check of `<kohtaamo-budget-receipt>`, a lazy part (issue 7, ADR 0061): it comes
 * after a person enters a code, so the form's first render carries neither the code's rules nor
 * the API client; the element prefetches it once the form is drawn (at once for a `code` given).
 */

/** What the check found: the ballot stored or counted, no ballot with the code, a malformed code, no answer. */
export type Outcome = 'stored' | 'counted' | 'notFound' | 'invalid' | 'error';

/** The code as the server writes it (typed loosely: any case, spaces or dashes), or null when malformed. */
export { normalizeReceiptCode };

/** Asks the server about one (normalized) receipt code; one request and its one schema, not the whole budgeting API. */
export async function checkReceipt(api: BudgetingApi | null, baseUrl: string, round: string, code: string): Promise<Outcome> {
  try {
    const path = `${BUDGETING_PATHS.rounds}/${encodeURIComponent(round)}/receipts/${encodeURIComponent(code)}`;
    const answer = api ? await api.receipt(round, code) : await createApiClient({ baseUrl }).request(path, ReceiptStatusSchema);
    return answer.status;
  } catch (error) {
    const status = error instanceof ProblemError ? error.status : 0;
    return status === 404 ? 'notFound' : status === 422 ? 'invalid' : 'error';
  }
}
