import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { createSurveyResultsApi, RESULTS_ANSWER_VALUES } from './survey-results.api.js';
import { SURVEYS_PATHS } from './survey-round.read.schema.js';
import { CANT_SAY_VALUE, OTHER_VALUE } from './survey.schema.js';
import { heinolaResidentSurveyTemplate } from './heinola-resident-survey.template.js';

/** An HTTP client that answers every path with `body`, parsed by the schema given, and records the paths. */
function fakeHttp(body: unknown): HttpClient & { paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    request: async (path, schema) => {
      paths.push(path);
      return v.parse(schema, body);
    },
    blob: () => Promise.reject(new Error('not read here')),
  };
}

test('the results widget reads rounds where the API contract has them, and the answer values the definition uses', async () => {
  const http = fakeHttp({ items: [] });
  const api = createSurveyResultsApi(http);
  await api.earlier('r 1');
  assert.equal(http.paths[0], `${SURVEYS_PATHS.rounds}/r%201/results/earlier`);
  assert.equal(OTHER_VALUE, 'other');
  assert.equal(CANT_SAY_VALUE, 'cant_say');
  // The widget's copies of the wire's constants (ADR 0105) are the wire's.
  assert.deepEqual(RESULTS_ANSWER_VALUES, { other: OTHER_VALUE, cantSay: CANT_SAY_VALUE });
  for (const read of ['paper', 'results', 'texts'] as const) await api[read]('r 1').catch(() => undefined);
  assert.deepEqual(http.paths.slice(1), [`${SURVEYS_PATHS.rounds}/r%201`, `${SURVEYS_PATHS.rounds}/r%201/results`, `${SURVEYS_PATHS.rounds}/r%201/texts`]);
});

test('the paper of the results is read by the round title and the definition loosely, and still refused when a title is missing', async () => {
  const definition = heinolaResidentSurveyTemplate;
  const title = { fi: 'Asukaskysely', sv: 'Invånarenkät', en: 'Resident survey' };
  const paper = await createSurveyResultsApi(fakeHttp({ round: { id: 'r', title, status: 'anything' }, definition })).paper('r');
  assert.deepEqual(paper.round.title, title);
  assert.equal(paper.definition.pages.length, definition.pages.length);
  await assert.rejects(createSurveyResultsApi(fakeHttp({ round: { id: 'r' }, definition })).paper('r'));
  await assert.rejects(createSurveyResultsApi(fakeHttp({ round: { id: 'r', title }, definition: { ...definition, pages: 'none' } })).paper('r'));
});

test('the results are read by what the widget draws: a whole result passes, a figure it draws that is not a number is refused', async () => {
  const group = {
    group: 'sample',
    respondents: 12,
    weighted: true,
    excluded: 0,
    weights: { sum: 12, min: 0.5, max: 2, kishNEff: 10, kishDeff: 1.2 },
    questions: [
      { question: 'q1', type: 'single_choice', n: 12, shares: [{ value: 'a', count: 6, share: 0.5, interval: [0.2, 0.8], method: 'wald' }] },
      { question: 'q2', type: 'matrix', n: 12, rows: { r1: { n: 12, mean: { n: 12, mean: 3.5, se: 0.2, ci95: [3.1, 3.9] }, shares: [] } } },
    ],
  };
  const whole = { round: 'r', survey: 's', version: 1, year: 2027, computedAt: '2027-01-01T00:00:00Z', groups: [group] };
  const results = await createSurveyResultsApi(fakeHttp(whole)).results('r');
  assert.equal(results.groups[0]!.questions[0]!.shares![0]!.share, 0.5);
  assert.deepEqual(results.groups[0]!.questions[1]!.rows!['r1']!.mean!.ci95, [3.1, 3.9]);
  const breakdown = await createSurveyResultsApi(fakeHttp({ ...whole, by: 'area', levels: [{ value: 'north', groups: [{ ...group, suppressed: true, questions: [] }] }] })).breakdown('r', 'area');
  assert.equal(breakdown.levels[0]!.groups[0]!.suppressed, true);
  const broken = { ...whole, groups: [{ ...group, questions: [{ question: 'q1', type: 'single_choice', n: 12, shares: [{ value: 'a', share: '50 %' }] }] }] };
  await assert.rejects(createSurveyResultsApi(fakeHttp(broken)).results('r'));
  await assert.rejects(createSurveyResultsApi(fakeHttp({ ...whole, groups: [{ ...group, group: 'everyone' }] })).results('r'));
});

test('the published texts and the earlier rounds are read by what the widget draws (ADR 0105): whole answers pass, a drawn field of the wrong kind is refused', async () => {
  const text = { id: 'a'.repeat(32), question: 'q1', lang: 'fi', group: 'open', text: 'Lisää penkkejä.' };
  const texts = await createSurveyResultsApi(fakeHttp({ round: 'r', year: 2027, items: [text] })).texts('r');
  assert.deepEqual(texts.items[0], text);
  await assert.rejects(createSurveyResultsApi(fakeHttp({ round: 'r', year: 2027, items: [{ ...text, text: 42 }] })).texts('r'));
  const earlier = await createSurveyResultsApi(fakeHttp({ items: [{ round: 'r0', year: 2026, title: { fi: 'A', sv: 'B', en: 'C' } }] })).earlier('r');
  assert.equal(earlier.items[0]!.year, 2026);
  await assert.rejects(createSurveyResultsApi(fakeHttp({ items: [{ round: 'r0', year: '2026' }] })).earlier('r'));
  // A title is texts by language; one that is not is refused.
  await assert.rejects(createSurveyResultsApi(fakeHttp({ round: { id: 'r', title: { fi: 1 } }, definition: { id: 'd', version: 1, pages: [] } })).paper('r'));
});
