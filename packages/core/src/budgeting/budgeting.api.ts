import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import type { BudgetRules } from './rules.schema.js';
import {
  BallotPaperSchema,
  BallotReceiptSchema,
  BUDGETING_PATHS,
  ProposalDocumentListSchema,
  ProposalDocumentSchema,
  ProposalImageUploadSchema,
  ReceiptStatusSchema,
  RoundListSchema,
  RoundSchema,
  type BallotPaper,
  type BallotReceipt,
  type CastBallot,
  type ProposalDocument,
  type ProposalImageUpload,
  type ProposalSubmission,
  type Round,
} from './round.schema.js';
import { RoundResultsSchema, type RoundResults } from './results.schema.js';

export interface ProposalFilter {
  readonly budget?: string;
  readonly status?: string;
  readonly maxCost?: number;
  /** The `next` of the page before (keyset paging, ADR 0107); none for the first page. */
  readonly cursor?: string;
  readonly pageSize?: number;
}

export { RoundNamesSchema, RoundResultsSchema, type RoundNames, type RoundResults } from './results.schema.js';

/** The resident side of participatory budgeting, over the shared HttpClient; every answer schema-parsed. */
export interface BudgetingApi {
  rounds(signal?: AbortSignal): Promise<Round[]>;
  round(roundId: string, signal?: AbortSignal): Promise<Round>;
  /** A page of proposals, oldest first; `next` (null on the last page) is the `cursor` of the page after. */
  proposals(roundId: string, filter?: ProposalFilter, signal?: AbortSignal): Promise<{ items: ProposalDocument[]; total: number; next: string | null }>;
  proposal(roundId: string, proposalId: string, signal?: AbortSignal): Promise<ProposalDocument>;
  /** Sends a proposal; the same key always stores it once. */
  submitProposal(roundId: string, submission: ProposalSubmission, idempotencyKey: string): Promise<ProposalDocument>;
  /** Uploads an image for a proposal not yet sent (the body is the file; the server reads its type from its bytes). */
  uploadProposalImage(roundId: string, image: Blob, signal?: AbortSignal): Promise<ProposalImageUpload>;
  ballot(roundId: string, budgetId: string, signal?: AbortSignal): Promise<BallotPaper & { rules: BudgetRules }>;
  /**
   * Casts a ballot. With `idempotencyKey` (a secret drawn before casting, kept until the answer
   * comes) a retry after a lost answer gets the same receipt and stores nothing more (ADR 0031).
   */
  cast(roundId: string, budgetId: string, ballot: CastBallot, idempotencyKey?: string): Promise<BallotReceipt>;
  receipt(roundId: string, code: string, signal?: AbortSignal): Promise<{ code: string; status: 'stored' | 'counted' }>;
  results(roundId: string, signal?: AbortSignal): Promise<RoundResults>;
}

const enc = encodeURIComponent;
const round = (id: string) => `${BUDGETING_PATHS.rounds}/${enc(id)}`;

export function createBudgetingApi(http: HttpClient): BudgetingApi {
  const opts = (signal?: AbortSignal) => (signal ? { signal } : {});
  return {
    async rounds(signal) {
      return (await http.request(BUDGETING_PATHS.rounds, RoundListSchema, opts(signal))).items;
    },
    round: (id, signal) => http.request(round(id), RoundSchema, opts(signal)),
    proposals(id, filter = {}, signal) {
      const searchParams: Record<string, string> = {};
      if (filter.budget) searchParams.budget = filter.budget;
      if (filter.status) searchParams.status = filter.status;
      if (filter.maxCost !== undefined) searchParams.maxCost = String(filter.maxCost);
      if (filter.cursor) searchParams.cursor = filter.cursor;
      if (filter.pageSize) searchParams.pageSize = String(filter.pageSize);
      return http.request(`${round(id)}/proposals`, ProposalDocumentListSchema, { searchParams, ...opts(signal) });
    },
    proposal: (id, proposalId, signal) => http.request(`${round(id)}/proposals/${enc(proposalId)}`, ProposalDocumentSchema, opts(signal)),
    submitProposal: (id, submission, key) => http.request(`${round(id)}/proposals`, ProposalDocumentSchema, { method: 'POST', json: submission, headers: { [IDEMPOTENCY_HEADER]: key } }),
    uploadProposalImage: (id, image, signal) =>
      http.request(`${round(id)}/proposal-images`, ProposalImageUploadSchema, {
        method: 'POST',
        body: image,
        // The server sniffs the bytes; the declared type is only a hint.
        headers: { 'Content-Type': image.type || 'application/octet-stream' },
        ...opts(signal),
      }),
    ballot: async (id, budgetId, signal) => (await http.request(`${round(id)}/budgets/${enc(budgetId)}/ballot`, BallotPaperSchema, opts(signal))) as BallotPaper & { rules: BudgetRules },
    cast: (id, budgetId, ballot, key) =>
      http.request(`${round(id)}/budgets/${enc(budgetId)}/ballots`, BallotReceiptSchema, { method: 'POST', json: ballot, ...(key ? { headers: { [IDEMPOTENCY_HEADER]: key } } : {}) }),
    receipt: async (id, code, signal) => (await http.request(`${round(id)}/receipts/${enc(code)}`, ReceiptStatusSchema, opts(signal))) as { code: string; status: 'stored' | 'counted' },
    results: (id, signal) => http.request(`${round(id)}/results`, RoundResultsSchema, opts(signal)),
  };
}
