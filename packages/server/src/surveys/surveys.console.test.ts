/**
 * What the survey console reads (ADR 0035): a round with its margins and counts (tokens issued
 * and used, responses per mode), only within the survey an analyst's grant names.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { heinolaResidentSurveyTemplate, type SurveyRoundDetail } from '@kohtaamo/core';
import { expectStatus, minimalAnswers, openRound, P, S, startSurveys, SURVEY, type SurveysHarness } from './surveys.test-support.js';

let h: SurveysHarness;
before(async () => {
  h = await startSurveys();
  await openRound(h, 'r-console');
});
after(async () => {
  await h?.close();
});

describe(`survey console: the round detail (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('counts tokens issued and used and responses per mode, never linking a token to a response', async () => {
    const fresh = (await expectStatus(h.staff('GET', `${S}/${SURVEY}/rounds/r-console`), 200)) as SurveyRoundDetail;
    assert.equal(fresh.round.status, 'open');
    assert.equal(fresh.margins, null);
    assert.deepEqual(fresh.tokens, { issued: 0, used: 0 });
    assert.deepEqual(fresh.responses, { web: 0, invitation: 0, interviewer: 0, import: 0 });

    const margins = { method: 'rake', margins: { sex: { female: 7920, male: 7380 } } };
    await expectStatus(h.staff('PUT', `${S}/${SURVEY}/rounds/r-console/margins`, margins), 200);
    const { tokens } = (await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-console/tokens`, { count: 3 }), 201)) as { tokens: string[] };
    await expectStatus(h.call('POST', `${P}/r-console/responses`, { lang: 'fi', answers: minimalAnswers(), token: tokens[0] }), 201);
    await expectStatus(h.call('POST', `${P}/r-console/responses`, { lang: 'sv', answers: minimalAnswers() }), 201);
    await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-console/interviews`, { lang: 'fi', respondentId: 'V-1', answers: minimalAnswers() }), 201);

    const detail = (await expectStatus(h.staff('GET', `${S}/${SURVEY}/rounds/r-console`), 200)) as SurveyRoundDetail;
    assert.deepEqual(detail.tokens, { issued: 3, used: 1 });
    assert.deepEqual(detail.responses, { web: 1, invitation: 1, interviewer: 1, import: 0 });
    assert.deepEqual(detail.margins, margins);
    assert.equal(detail.round.id, 'r-console');
  });

  test('a round is found only under its own survey; signed out is 401, an interviewer is 403', async () => {
    const other = { ...heinolaResidentSurveyTemplate, id: 'console-other' };
    await expectStatus(h.staff('POST', S, { definition: other }), 201);
    const missing = await h.staff('GET', `${S}/console-other/rounds/r-console`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /problem\+json/);
    await missing.arrayBuffer();
    const anonymous = await h.call('GET', `${S}/${SURVEY}/rounds/r-console`);
    assert.equal(anonymous.status, 401);
    await anonymous.arrayBuffer();
    const interviewer = await h.staff('GET', `${S}/${SURVEY}/rounds/r-console`, undefined, h.interviewer);
    assert.equal(interviewer.status, 403);
    await interviewer.arrayBuffer();
  });
});
