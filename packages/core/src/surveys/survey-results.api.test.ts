import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v from 'valibot';
import type { HttpClient } from '../http/http.js';
import { createSurveyResultsApi } from './survey-results.api.js';
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
