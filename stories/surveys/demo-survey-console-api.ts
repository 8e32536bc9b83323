// A SurveyConsoleApi without a server, for the survey console's stories: the Heinola template
// as a survey with a seeded round, tokens, a vendor import that rejects rows as the server does
// (problem+json with an error per field at #/rows/<line>/…), margins and results. The element
// takes it through its `consoleApiFactory` property; everything else about it is the real thing.
import {
  checkSurveyDefinition,
  heinolaResidentSurveyTemplate,
  NetworkError,
  ProblemError,
  SURVEYS_PROBLEM_TYPES,
  type StaffUser,
  type SurveyConsoleApi,
  type SurveyIndicator,
  type SurveyStaffText,
  type SurveyRound,
  type SurveyRoundDetail,
  type SurveySummary,
} from '@kohtaamo/core';

export const DEMO_CONSOLE_TOKEN = 'kst_story_analyst';
export const DEMO_ANALYST: StaffUser = { id: 'a1', name: 'Anna Analyytikko', email: 'anna@heinola.example', role: 'handler', categories: [] };

const definition = () => {
  const check = checkSurveyDefinition(heinolaResidentSurveyTemplate);
  if (!check.ok) throw new Error('the template does not check');
  return check.definition;
};

export function demoSurveyConsoleApiFactory(options: { mode?: 'ok' | 'empty' | 'offline'; helpOffers?: 'some' | 'none' | 'offline' } = {}): (token: string) => SurveyConsoleApi {
  return () => {
    const round: SurveyRound = {
      id: 'heinola-asukaskysely',
      survey: 'heinola-resident-survey',
      version: 1,
      title: { fi: 'Asukaskysely 2027', sv: 'Invånarenkät 2027', en: 'Resident survey 2027' },
      modes: ['web', 'invitation', 'interviewer', 'import'],
      webLimit: 'many',
      year: 2027,
      status: 'open',
      closesAt: null,
      resultsPublishedAt: null,
    };
    const surveys: SurveySummary[] = options.mode === 'empty' ? [] : [{ id: 'heinola-resident-survey', versions: [{ version: 1, fingerprint: 'f1', createdAt: '2027-01-10T10:00:00Z' }], rounds: [round] }];
    const detail = (): SurveyRoundDetail => ({ round, margins: null, tokens: { issued: 120, used: 38 }, responses: { web: 40, invitation: 38, interviewer: 120, import: 0 } });
    const text = (i: number, body: string, lang: string, group: 'sample' | 'open'): SurveyStaffText => ({ id: `${i}`.padStart(32, '0'), question: 'what_could_i_do', lang, group, text: body, state: 'pending', version: 1, receivedOn: '2027-03-0' + (i + 1), moderatedOn: null });
    const texts = [
      text(1, 'Voisin auttaa kirjaston lukupiirissä.', 'fi', 'sample'),
      text(2, 'Lisää penkkejä rantaan.', 'fi', 'open'),
      text(3, 'Jag kunde hjälpa till vid evenemang.', 'sv', 'open'),
    ];
    let indicators: SurveyIndicator[] = [
      { id: 'satisfied-services', survey: 'heinola-resident-survey', label: { fi: 'Palveluihin tyytyväisten osuus', sv: 'Andel nöjda med tjänsterna', en: 'Share satisfied with services' }, question: 'overall_satisfaction', row: null, measure: 'share', values: ['4', '5'], target: 0.7, year: 2030, direction: 'higher', current: { round: round.id, year: 2027, estimate: 0.62, ci95: [0.55, 0.69], n: 158, weighted: true }, series: [], updatedAt: '2027-03-10T10:00:00Z' } as SurveyIndicator,
    ];
    let n = 0;
    const code = () => `7K2M-${String(1000 + n++).padStart(4, '0')}-QX4P-A`;
    return {
      listSurveys: async () => {
        if (options.mode === 'offline') throw new NetworkError('offline');
        return surveys;
      },
      createSurvey: async (d) => ({ survey: d.id, version: 1 }),
      saveVersion: async (s) => ({ survey: s, version: 2 }),
      version: async () => definition(),
      createRound: async (_s, input) => ({ ...round, id: input.id }),
      round: async () => detail(),
      setStatus: async () => round,
      issueTokens: async (_s, _r, count) => Array.from({ length: count }, code),
      setMargins: async () => undefined,
      importFile: async () => {
        const row = (line: number, respondent: string, column: string, pointer: string, detailText: string) => ({ pointer: `#/rows/${line}${pointer}`, code: 'x', detail: detailText, params: { line, respondent, column } });
        throw new ProblemError(
          {
            type: SURVEYS_PROBLEM_TYPES.importRejected,
            status: 422,
            title: 'Tiedostosta hylättiin 2 riviä; mitään ei tallennettu.',
            code: 'surveys.import.rejected',
            errors: [row(3, 'V-0002', 'q2', '/answers/overall_satisfaction', 'Valitse arvo väliltä 1–5.'), row(4, 'V-0003', 'ika', '/answers/age_group', 'Valitse vaihtoehto annetuista.')],
          },
          422,
        );
      },
      results: async () => ({
        round: round.id,
        survey: round.survey,
        version: 1,
        year: 2027,
        computedAt: '2027-03-10T10:00:00Z',
        groups: [
          { group: 'sample', respondents: 158, weighted: true, excluded: 2, weights: { sum: 15300, min: 40, max: 210, kishNEff: 131.4, kishDeff: 1.2 }, questions: [] },
          { group: 'open', respondents: 40, weighted: false, excluded: 0, questions: [] },
        ],
      }),
      publish: async () => {
        throw new NetworkError('offline');
      },
      texts: async (_s, _r, query) => {
        const state = query.state ?? 'pending';
        const items = texts.filter((x) => x.state === state);
        return { items, counts: { pending: texts.filter((x) => x.state === 'pending').length, published: texts.filter((x) => x.state === 'published').length, hidden: texts.filter((x) => x.state === 'hidden').length }, next: null };
      },
      moderate: async (_s, _r, items) => {
        for (const m of items) {
          const text = texts.find((x) => x.id === m.id);
          if (text) Object.assign(text, { state: m.state, version: text.version + 1, moderatedOn: '2027-03-11' });
        }
        return texts.filter((x) => items.some((m) => m.id === x.id));
      },
      indicators: async () => indicators,
      declareIndicator: async (survey, id, input) => {
        const saved: SurveyIndicator = { id, survey, label: input.label, question: input.question, row: input.row ?? null, measure: input.measure, values: input.values ?? null, target: input.target, year: input.year, direction: input.direction ?? 'higher', current: null, series: [], updatedAt: '2027-03-11T10:00:00Z' } as SurveyIndicator;
        indicators = [...indicators.filter((i) => i.id !== id), saved];
        return saved;
      },
      deleteIndicator: async (_s, id) => {
        indicators = indicators.filter((i) => i.id !== id);
      },
      helpOffers: async () => {
        if (options.helpOffers === 'offline') throw new NetworkError('offline');
        if (options.helpOffers === 'none') return [];
        return [
          { id: 'h1', lang: 'fi', text: 'Voisin auttaa kirjaston lukupiirissä.', name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: null, consentOn: '2027-03-04', createdOn: '2027-03-04' },
          { id: 'h2', lang: 'sv', text: 'Jag kunde hjälpa till vid evenemang.', name: 'Sven Svensson', email: null, phone: '040 555 0101', consentOn: '2027-03-06', createdOn: '2027-03-06' },
        ];
      },
    };
  };
}
