// What <kohtaamo-volunteer-propose> needs only once the person sends (issue 7): the checks
// (the submission schema, Helsinki's times, where an error goes), the sending (the proposal API
// and the schema of its answer) and the checks' texts. Imported after the form's first render
// when the browser is idle, so it is normally there before the person presses Send; the store
// imports it at the latest then. It imports nothing of the entry's own modules (rollup would
// split the entry in two to lend them).
import {
  createApiClient,
  createMessages,
  createVolunteeringProposalApi,
  lazyVolunteeringChecksMessages,
  proposalFieldOf,
  TALKOOT_PROPOSAL_FIELDS,
  validateProposal,
  type FieldError,
  type Locale,
  type MessageParams,
  type VolunteeringProposalApi,
} from '@kohtaamo/core';

export { proposalFieldOf, TALKOOT_PROPOSAL_FIELDS, validateProposal };

/** The checks' texts (a wrong email, a number out of range, an end before the start). */
const checks = /* @__PURE__ */ createMessages(lazyVolunteeringChecksMessages);

/** Loads a language's texts of this part (resolves on a failure too: Finnish stands in). */
export const ready = (locale: Locale): Promise<void> => checks.load(locale);

/** The text of a check's code in the language, or null for a code this part has no text for. */
export function checkText(locale: Locale, error: Pick<FieldError, 'code' | 'params'>, params: MessageParams, update: () => void): string | null {
  if (!checks.has(error.code)) return null;
  if (!checks.isLoaded(locale)) void checks.load(locale).then(update);
  return checks.translator(locale)(error.code, { ...params, ...error.params });
}

let api: { base: string; api: VolunteeringProposalApi } | null = null;

/** The proposal API of a server (one per base URL at a time). */
export function proposalApi(base: string): VolunteeringProposalApi {
  if (api?.base !== base) api = { base, api: createVolunteeringProposalApi(createApiClient({ baseUrl: base })) };
  return api.api;
}
