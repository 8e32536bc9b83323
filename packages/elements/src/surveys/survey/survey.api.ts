// The surveys API of <kohtaamo-survey>'s lazy parts (sending, review, resume): the first page reads
// its round with one request and carries none of the API's other schemas (ADR 0069).
import { createSurveysApi, type HttpClient, type SurveysApi } from '@kohtaamo/core';

/** Where a part gets the API: the one a story or test set, else one over the element's client. */
export interface SurveysApiSource {
  readonly surveysApi: SurveysApi | null;
  http(): HttpClient;
}

export const surveysApiOf = (source: SurveysApiSource): SurveysApi => source.surveysApi ?? createSurveysApi(source.http());
