// The resident side of the surveys API over the shared HttpClient: the round to answer, the
// response, drafts under a resume code, help offers and interviews; every answer schema-parsed.
// A module of its own (ADR 0069): the answering widget reads its round with one request and
// builds this API only in the parts that send, so its first page carries none of these schemas.
import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { IDEMPOTENCY_HEADER } from '../http/idempotency.js';
import {
  SURVEYS_PATHS,
  SurveyDraftSavedSchema,
  SurveyDraftSchema,
  SurveyResponseReceiptSchema,
  SurveyRoundPaperSchema,
  type SurveyDraft,
  type SurveyDraftSaved,
  type SurveyHelpOffer,
  type SurveyInterview,
  type SurveyResponseReceipt,
  type SurveyResponseSubmission,
  type SurveyRoundPaper,
} from './survey-round.schema.js';
import type { SurveyAnswers } from './survey.schema.js';

/** The resident side of surveys over the shared HttpClient; every answer schema-parsed. */
export interface SurveysApi {
  round(roundId: string, signal?: AbortSignal): Promise<SurveyRoundPaper>;
  respond(roundId: string, body: SurveyResponseSubmission, idempotencyKey: string): Promise<SurveyResponseReceipt>;
  saveDraft(roundId: string, answers: SurveyAnswers, page: string | null, resumeCode?: string): Promise<SurveyDraftSaved>;
  resumeDraft(roundId: string, resumeCode: string): Promise<SurveyDraft>;
  offerHelp(roundId: string, offer: SurveyHelpOffer): Promise<void>;
  /** Interviewer mode (staff, with credentials): an interview with the vendor's respondent id. */
  interview(surveyId: string, roundId: string, interview: SurveyInterview): Promise<SurveyResponseReceipt>;
}

const enc = encodeURIComponent;
const AnySchema = v.unknown();

export function createSurveysApi(http: HttpClient): SurveysApi {
  const round = (id: string) => `${SURVEYS_PATHS.rounds}/${enc(id)}`;
  return {
    round: (id, signal) => http.request(round(id), SurveyRoundPaperSchema, signal ? { signal } : {}),
    respond: (id, body, key) => http.request(`${round(id)}/responses`, SurveyResponseReceiptSchema, { method: 'POST', json: body, headers: { [IDEMPOTENCY_HEADER]: key } }),
    saveDraft: (id, answers, page, resumeCode) =>
      http.request(`${round(id)}/drafts`, SurveyDraftSavedSchema, { method: 'POST', json: { answers, ...(page ? { page } : {}), ...(resumeCode ? { resumeCode } : {}) } }),
    resumeDraft: (id, resumeCode) => http.request(`${round(id)}/drafts/resume`, SurveyDraftSchema, { method: 'POST', json: { resumeCode } }),
    offerHelp: async (id, offer) => void (await http.request(`${round(id)}/help-offers`, AnySchema, { method: 'POST', json: offer })),
    interview: async (surveyId, id, interview) => {
      await http.request(`${SURVEYS_PATHS.staff}/${enc(surveyId)}/rounds/${enc(id)}/interviews`, AnySchema, { method: 'POST', json: interview });
      return { status: 'received', mode: 'interviewer', round: id };
    },
  };
}
