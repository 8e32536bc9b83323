// The surveys API of <kohtaamo-survey>'s lazy parts (sending, review, resume): the first page reads
// its round with a plain GET of the element's own and carries neither the API client nor any of
// the API's schemas (ADRs 0069, 0108). The client is built here, in the parts that send.
import { createApiClient, createSurveysApi, type SurveysApi } from '@kohtaamo/core';

/** Where a part gets the API: the one a story or test set, else one over a client for `api` with the element's credentials. */
export interface SurveysApiSource {
  readonly surveysApi: SurveysApi | null;
  /** The element's `api` (base URL; `""` is the page's origin). */
  readonly api: string;
  /** The bearer token (interviewer mode), read at each request; the client sends it only to the API's own origin. */
  credentials(): string | null;
}

export const surveysApiOf = (source: SurveysApiSource): SurveysApi =>
  source.surveysApi ?? createSurveysApi(createApiClient({ baseUrl: source.api, credentials: () => source.credentials() }));
