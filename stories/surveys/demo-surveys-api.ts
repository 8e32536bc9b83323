// A SurveysApi without a server, for the stories: the Heinola template as an open round, and a
// response that is received, never answered, or lost (offline). The element takes it through
// its `surveysApi` property; everything else about it is the real thing.
import { checkSurveyDefinition, heinolaResidentSurveyTemplate, NetworkError, ProblemError, type SurveyRoundPaper, type SurveysApi } from '@kohtaamo/core';

export const DEMO_ROUND = 'heinola-asukaskysely';

export function demoPaper(overrides: Partial<SurveyRoundPaper['round']> = {}, pages: readonly string[] | null = null): SurveyRoundPaper {
  const template = pages ? { ...heinolaResidentSurveyTemplate, pages: heinolaResidentSurveyTemplate.pages.filter((p) => pages.includes(p.id)) } : heinolaResidentSurveyTemplate;
  const check = checkSurveyDefinition(template);
  if (!check.ok) throw new Error('the template does not check');
  return {
    definition: check.definition,
    round: {
      id: DEMO_ROUND,
      survey: check.definition.id,
      version: 1,
      title: { fi: 'Asukaskysely', sv: 'Invånarenkät', en: 'Resident survey' },
      modes: ['web', 'invitation', 'interviewer', 'import'],
      webLimit: 'many',
      year: 2027,
      status: 'open',
      closesAt: null,
      resultsPublishedAt: null,
      ...overrides,
    },
  };
}

/**
 * How the stand-in server answers an offer of help: received; refused by field (the phone number,
 * as the server's schema does); refused as a whole (the round is gone: a 404 problem); or no answer.
 */
export type DemoHelpAnswer = 'ok' | 'phone-refused' | 'refused' | 'offline';

export function demoSurveysApi(options: { respond?: 'ok' | 'never' | 'offline' | 'token-refused'; load?: 'ok' | 'fail' | 'never'; round?: Partial<SurveyRoundPaper['round']>; help?: DemoHelpAnswer; pages?: readonly string[]; drafts?: 'ok' | 'offline' | 'unknown' } = {}): SurveysApi {
  return {
    round: async () => {
      if (options.load === 'fail') throw new NetworkError('offline');
      if (options.load === 'never') await new Promise(() => undefined);
      return demoPaper(options.round, options.pages ?? null);
    },
    respond: (round) =>
      options.respond === 'never'
        ? new Promise(() => undefined)
        : options.respond === 'offline'
          ? Promise.reject(new NetworkError('offline'))
          : options.respond === 'token-refused'
            ? Promise.reject(new ProblemError({ type: 'https://osallistu.heinola.fi/problems/surveys/token-invalid', status: 403, title: 'Forbidden', code: 'surveys.token.invalid', errors: [{ pointer: '#/token', code: 'surveys.token.invalid', detail: 'The invitation code is not valid.' }] }, 403))
            : Promise.resolve({ status: 'received', mode: 'web', round }),
    saveDraft: async () => {
      if (options.drafts === 'offline') throw new NetworkError('offline');
      return { resumeCode: 'K7QM-2XD9-R4TV-8', expiresAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString() };
    },
    resumeDraft: async () => {
      if (options.drafts === 'unknown')
        throw new ProblemError({ type: 'about:blank', status: 404, title: 'Not Found', errors: [{ pointer: '#/resumeCode', code: 'surveys.draft.notFound', detail: 'No draft.' }] }, 404);
      return { resumeCode: 'K7QM-2XD9-R4TV-8', answers: {}, page: null, expiresAt: '2027-04-01T00:00:00.000Z' };
    },
    offerHelp: async () => {
      if (options.help === 'phone-refused')
        throw new ProblemError({ type: 'https://osallistu.heinola.fi/problems/validation', status: 422, title: 'Invalid', errors: [{ pointer: '#/phone', code: 'surveys.help.phoneInvalid', detail: 'Check the phone number.' }] }, 422);
      if (options.help === 'refused') throw new ProblemError({ type: 'about:blank', status: 404, title: 'Not Found' }, 404);
      if (options.help === 'offline') throw new NetworkError('offline');
    },
    interview: async (_survey, round) => ({ status: 'received', mode: 'interviewer', round }),
  };
}

/** A complete draft of the template, kept on the device, standing on the review: the story opens there. */
export function seedReviewDraft(): void {
  const draft = {
    $page: '$review',
    $seed: 'story',
    service_satisfaction: { early_education: 4, schools: 4, library: 5, sports: 3, culture: 4, streets: 2, parks: 4, transport: 'cant_say', customer_service: 4, communication: 3 },
    overall_satisfaction: 4,
    enjoy_living: 5,
    best_things: ['nature', 'services'],
    live_in_five_years: 'certainly',
    recommend_heinola: 9,
    can_influence: 3,
    what_could_i_do: 'Voisin auttaa kirjaston lukupiirissä.',
    wants_contact: true,
    age_group: '35-54',
    sex: 'female',
    area: 'centre',
  };
  localStorage.setItem(`kohtaamo-survey:${DEMO_ROUND}:v1`, JSON.stringify({ savedAt: Date.now(), draft, pending: null, rememberPersonal: true }));
}
