import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import { VOLUNTEERING_PATHS as P } from './volunteering.paths.js';
import { TalkootProposalSchema } from './proposal.schema.js';
import type { VolunteeringProposalApi } from './volunteering.api.js';

/** The proposal form's part of the API (its lazy part's; a module of its own, ADR 0078). */
export function createVolunteeringProposalApi(http: HttpClient): VolunteeringProposalApi {
  return {
    propose: (proposal, key) => http.request(P.proposals, TalkootProposalSchema, { method: 'POST', json: proposal, headers: { [IDEMPOTENCY_HEADER]: key } }),
  };
}
