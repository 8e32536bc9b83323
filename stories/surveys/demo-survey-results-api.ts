// A SurveyResultsApi without a server, for the stories: the Heinola template's results computed
// by core (aggregateSurveyResults, aggregateSurveyBreakdown) from reproducible random answers,
// weighted by raking to demo margins, a year before it to compare, and published free texts.
import {
  aggregateSurveyBreakdown,
  aggregateSurveyResults,
  mulberry32,
  NetworkError,
  ProblemError,
  questionPlaces,
  type SurveyAnswers,
  type SurveyMargins,
  type SurveyMode,
  type SurveyResultsApi,
} from '@kohtaamo/core';
import { DEMO_ROUND, demoPaper } from './demo-surveys-api.js';

const MARGINS: SurveyMargins = {
  method: 'rake',
  margins: { age_group: { '18-34': 3900, '35-54': 4600, '55-74': 5600, '75+': 2700 }, sex: { female: 8650, male: 8150 } },
};

function rows(seed: number, sample: number, open: number, shift = 0) {
  const definition = demoPaper().definition;
  const random = mulberry32(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: sample + open }, (_, i) => {
    const answers: SurveyAnswers = {};
    for (const { question: q } of questionPlaces(definition)) {
      if (q.type === 'single_choice' || q.type === 'dropdown') answers[q.id] = pick(q.options).value;
      else if (q.type === 'rating') answers[q.id] = Math.max(q.min, Math.min(q.max, Math.round(q.min + (q.max - q.min) * (0.45 + 0.5 * random()) + shift)));
      else if (q.type === 'recommendation') answers[q.id] = Math.min(10, Math.floor(3 + random() * 8));
      else if (q.type === 'yes_no') answers[q.id] = random() < 0.4;
      else if (q.type === 'multiple_choice') answers[q.id] = q.options.filter(() => random() < 0.3).map((o) => o.value).slice(0, 3);
      else if (q.type === 'matrix') answers[q.id] = Object.fromEntries(q.rows.map((r) => [r.id, pick(q.columns.slice(1)).value]));
      else if (q.type === 'ranking') answers[q.id] = [...q.options].sort(() => random() - 0.5).map((o) => o.value);
    }
    if (answers.sex !== 'female' && answers.sex !== 'male') answers.sex = random() < 0.5 ? 'female' : 'male';
    return { mode: (i < sample ? 'interviewer' : 'web') as SurveyMode, answers };
  });
}

const EARLIER = 'heinola-asukaskysely-aiempi';
const TEXTS = [
  { question: 'what_could_i_do', lang: 'fi', text: 'Voisin auttaa kirjaston lukupiirissä.' },
  { question: 'what_could_i_do', lang: 'sv', text: 'Jag kunde hjälpa till vid evenemang.' },
  { question: 'what_could_i_do', lang: 'en', text: 'I could clean up the beach in spring.' },
  { question: 'what_could_i_do', lang: 'fi', text: 'Lumitöitä naapurin vanhukselle.' },
];

export function demoSurveyResultsApi(options: { state?: 'published' | 'manyTexts' | 'notPublished' | 'notFound' | 'offline' | 'loading' | 'unweighted' | 'small' } = {}): SurveyResultsApi {
  const state = options.state ?? 'published';
  const paper = demoPaper({ status: 'closed', year: 2026, title: { fi: 'Asukaskysely 2026', sv: 'Invånarenkät 2026', en: 'Resident survey 2026' } });
  const now = rows(2026, 150, 50);
  const margins = state === 'unweighted' ? null : MARGINS;
  const meta = { round: DEMO_ROUND, year: 2026, computedAt: '2026-06-01T00:00:00.000Z' };
  const notPublished = () => Promise.reject(new ProblemError({ title: 'Not published', status: 404, code: 'surveys.results.notPublished' } as never, 404));
  return {
    paper: () =>
      state === 'loading'
        ? new Promise(() => undefined)
        : state === 'offline'
          ? Promise.reject(new NetworkError('offline'))
          : state === 'notFound'
            ? Promise.reject(new ProblemError({ title: 'Not Found', status: 404 } as never, 404))
            : Promise.resolve(paper),
    results: async (round) => {
      if (state === 'notPublished') return notPublished();
      if (round === EARLIER) return aggregateSurveyResults(paper.definition, rows(2025, 90, 20, -0.4), MARGINS, { ...meta, round, year: 2025 });
      return aggregateSurveyResults(paper.definition, now, margins, meta);
    },
    breakdown: async (_round, by) => {
      const breakdown = aggregateSurveyBreakdown(paper.definition, now, margins, meta, by);
      if (state !== 'small') return breakdown;
      return { ...breakdown, levels: breakdown.levels.map((l) => ({ ...l, groups: l.groups.map((g) => ({ ...g, respondents: 3, suppressed: true, questions: [] })) })) };
    },
    earlier: async () => ({ items: [{ round: EARLIER, year: 2025, title: { fi: 'Asukaskysely 2025', sv: 'Invånarenkät 2025', en: 'Resident survey 2025' } }] }),
    texts: async () => {
      const texts = state === 'manyTexts' ? [...TEXTS, ...TEXTS, ...TEXTS, ...TEXTS.slice(0, 2)] : TEXTS;
      return { round: DEMO_ROUND, year: 2026, items: texts.map((x, i) => ({ id: `t${i}`, group: 'sample' as const, ...x })) };
    },
  };
}
