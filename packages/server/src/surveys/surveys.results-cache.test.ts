/**
 * Results off the request path (ADR 0034), over HTTP against a real database: results are
 * computed in the worker thread and kept; new responses and new margins make them stale, a
 * moderation changes the published-text counts at once without a recomputation; the public
 * gets the kept results with an ETag and Cache-Control (a version behind at worst, refreshed by
 * the job); breakdowns by a demographic question are domain estimates of the whole design with
 * small groups suppressed; and while a large round is weighted, /healthz keeps answering.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseDesign, rake, weightedMean, type SurveyAnswers, type SurveyBreakdown, type SurveyResults } from '@kohtaamo/core';
import { resultsServiceFor } from './surveys.results.js';
import { definitionOf, findRound, setMargins, storeResponses, type NewResponse } from './surveys.repository.js';
import { request as httpRequest } from 'node:http';
import { RESULTS_CACHE_CONTROL } from './surveys.routes.js';
import { expectStatus, minimalAnswers, openRound, P, S, startSurveys, SURVEY, type SurveysHarness } from './surveys.test-support.js';

let h: SurveysHarness;
before(async () => {
  h = await startSurveys();
  await openRound(h, 'r-cache');
});
after(async () => {
  await h?.close();
});

const R = `${S}/${SURVEY}/rounds/r-cache`;
const margins = { method: 'rake', margins: { age_group: { '18-34': 3900, '35-54': 4600, '55-74': 5600, '75+': 2700 }, sex: { female: 8650, male: 8150 } } };
const ages = ['18-34', '35-54', '55-74', '75+'];
const areas = ['centre', 'centre', 'jyranko', 'other_town', 'rural'];
const service = () => resultsServiceFor(h.database.handle.db, { clock: () => h.now });

async function interviews(from: number, count: number, round = 'r-cache'): Promise<void> {
  for (let i = from; i < from + count; i++) {
    const answers = { ...minimalAnswers(), overall_satisfaction: 1 + ((i * 3) % 5), age_group: ages[i % 4]!, sex: i % 3 === 0 ? 'male' : 'female', area: areas[i % 5]!, what_could_i_do: `Apu ${i}` };
    await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/${round}/interviews`, { respondentId: `C-${i}`, lang: 'fi', answers }), 201);
  }
}

describe(`surveys results off the request path (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('staff results are computed once per data version: new responses and margins recompute, moderation shows at once without recomputing', async () => {
    await interviews(0, 30);
    await expectStatus(h.staff('PUT', `${R}/margins`, margins), 200);
    const stats = service().stats;
    const before = stats.computed;
    const first = await h.staff('GET', `${R}/results`);
    assert.equal(first.status, 200);
    const etag = first.headers.get('ETag')!;
    const results = (await first.json()) as SurveyResults;
    assert.equal(results.groups[0]!.respondents, 30);
    assert.equal(stats.computed, before + 1);
    // Unchanged data: kept, same ETag, a 304 on revalidation, nothing computed.
    const again = await h.staff('GET', `${R}/results`, undefined, h.analyst);
    assert.equal(again.headers.get('ETag'), etag);
    await again.arrayBuffer();
    const revalidated = await h.call('GET', `${R}/results`, undefined, { Authorization: `Bearer ${h.analyst}`, 'If-None-Match': etag });
    assert.equal(revalidated.status, 304);
    assert.equal(stats.computed, before + 1);

    // A new response: stale, recomputed, one more respondent.
    await interviews(30, 1);
    const third = (await expectStatus(h.staff('GET', `${R}/results`), 200)) as SurveyResults;
    assert.equal(third.groups[0]!.respondents, 31);
    assert.equal(stats.computed, before + 2);
    // New margins: recomputed to the new totals.
    await expectStatus(h.staff('PUT', `${R}/margins`, { ...margins, margins: { ...margins.margins, sex: { female: 9000, male: 9000 } } }), 200);
    const fourth = (await expectStatus(h.staff('GET', `${R}/results`), 200)) as SurveyResults;
    assert.ok(Math.abs(fourth.groups[0]!.weights!.sum - 18000) < 1e-6);
    assert.equal(stats.computed, before + 3);

    // Moderation: the published-text count changes at once, nothing recomputed.
    const texts = (await expectStatus(h.staff('GET', `${R}/texts?state=pending&limit=3`), 200)) as { items: { id: string }[] };
    await expectStatus(h.staff('POST', `${R}/texts/moderation`, { items: texts.items.map((t) => ({ id: t.id, state: 'published' })) }), 200);
    const fifth = (await expectStatus(h.staff('GET', `${R}/results`), 200)) as SurveyResults;
    assert.equal(fifth.groups[0]!.questions.find((q) => q.question === 'what_could_i_do')!.publishedTexts, 3);
    assert.equal(fifth.groups[0]!.questions.find((q) => q.question === 'service_improvement')!.publishedTexts, 0);
    assert.equal(stats.computed, before + 3);
  });

  test('public results: kept ones at once with ETag and Cache-Control, a version behind at worst until the job refreshes them', async () => {
    const unpublished = await h.call('GET', `${P}/r-cache/results`);
    assert.equal(unpublished.status, 404);
    await unpublished.arrayBuffer();
    await expectStatus(h.staff('POST', `${R}/results/publish`), 200);
    const published = await h.call('GET', `${P}/r-cache/results`);
    assert.equal(published.status, 200);
    assert.equal(published.headers.get('Cache-Control'), RESULTS_CACHE_CONTROL);
    const etag = published.headers.get('ETag')!;
    assert.equal(((await published.json()) as SurveyResults).groups[0]!.respondents, 31);
    const notModified = await h.call('GET', `${P}/r-cache/results`, undefined, { 'If-None-Match': etag });
    assert.equal(notModified.status, 304);

    await interviews(31, 2);
    // At once: what was kept (no visitor waits for the weighting); then the job brings it up to date.
    const stale = (await expectStatus(h.call('GET', `${P}/r-cache/results`), 200)) as SurveyResults;
    assert.equal(stale.groups[0]!.respondents, 31);
    await service().refreshStale();
    const fresh = await h.call('GET', `${P}/r-cache/results`, undefined, { 'If-None-Match': etag });
    assert.equal(fresh.status, 200, 'the ETag changed with the data');
    assert.equal(((await fresh.json()) as SurveyResults).groups[0]!.respondents, 33);
    // The open-data copy behind …/figures followed.
    const round = (await findRound(h.database.handle.db, 'r-cache'))!;
    assert.equal((JSON.parse(round.results_json!) as SurveyResults).groups[0]!.respondents, 33);
  });

  test('a breakdown by area: domain estimates of the whole weighted design, small groups suppressed; an unknown question is refused', async () => {
    const breakdown = (await expectStatus(h.call('GET', `${P}/r-cache/results?by=area`), 200)) as SurveyBreakdown;
    assert.equal(breakdown.by, 'area');
    const centre = breakdown.levels.find((l) => l.value === 'centre')!;
    const lusi = breakdown.levels.find((l) => l.value === 'lusi')!;
    assert.equal(lusi.groups[0]!.respondents, 0);
    assert.equal(lusi.groups[0]!.suppressed, true);
    assert.deepEqual(lusi.groups[0]!.questions, []);
    // The centre's mean satisfaction: the weighted mean over the whole raked design with the others left out.
    const rows = (await h.database.handle.db.selectFrom('survey_responses').select(['answers_json', 'mode']).where('round_id', '=', 'r-cache').orderBy('id').execute())
      .filter((r) => r.mode !== 'web')
      .map((r) => JSON.parse(r.answers_json) as Record<string, unknown>);
    const m = { age_group: { '18-34': 3900, '35-54': 4600, '55-74': 5600, '75+': 2700 }, sex: { female: 9000, male: 9000 } };
    const design = rake(baseDesign(rows.length), [
      { name: 'age_group', levels: rows.map((r) => String(r.age_group)), population: new Map(Object.entries(m.age_group)) },
      { name: 'sex', levels: rows.map((r) => String(r.sex)), population: new Map(Object.entries(m.sex)) },
    ]).design;
    const expected = weightedMean(design, rows.map((r) => (r.area === 'centre' ? Number(r.overall_satisfaction) : null)));
    const got = centre.groups[0]!.questions.find((q) => q.question === 'overall_satisfaction')!.mean!;
    assert.equal(centre.groups[0]!.respondents, rows.filter((r) => r.area === 'centre').length);
    assert.ok(Math.abs(got.mean - expected.estimate) < 1e-12);
    assert.ok(Math.abs(got.se! - expected.se) < 1e-12);
    const bad = await h.call('GET', `${P}/r-cache/results?by=shoe_size`);
    assert.equal(bad.status, 422);
    assert.equal(((await bad.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/by');
  });

  test('earlier years of the same survey with published results, for comparison', async () => {
    await openRound(h, 'r-cache-2026', ['interviewer'], { year: 2026 });
    await interviews(100, 5, 'r-cache-2026');
    await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-cache-2026/results/publish`), 200);
    await openRound(h, 'r-cache-2025', ['interviewer'], { year: 2025 });
    const earlier = (await expectStatus(h.call('GET', `${P}/r-cache/results/earlier`), 200)) as { items: { round: string; year: number }[] };
    assert.deepEqual(earlier.items.map((i) => [i.round, i.year]), [['r-cache-2026', 2026]]);
  });

  test('while a large round is weighted in the worker, /healthz keeps answering', async () => {
    await openRound(h, 'r-large', ['interviewer', 'web']);
    const db = h.database.handle.db;
    const round = (await findRound(db, 'r-large'))!;
    const definition = (await definitionOf(db, SURVEY, 1))!;
    const base = minimalAnswers();
    const responses: NewResponse[] = [];
    for (let i = 0; i < 30_000; i++) {
      responses.push({ round, definition, mode: i % 5 === 0 ? 'web' : 'interviewer', lang: 'fi', respondentId: i % 5 === 0 ? null : `L-${i}`, answers: { ...base, overall_satisfaction: 1 + (i % 5), recommend_heinola: i % 11, age_group: ages[i % 4]!, sex: i % 3 === 0 ? 'male' : 'female', area: areas[i % 5]! } as SurveyAnswers });
    }
    await db.transaction().execute((trx) => storeResponses(trx, responses, h.now));
    // Each request on a connection of its own: a pooled one, idle during the long insert above,
    // could meet the server's keep-alive timeout as it is reused ("other side closed").
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpRequest(h.server.at(path), { agent: false, headers }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, body }));
        });
        request.on('error', reject);
        request.end();
      });
    await setMargins(db, 'r-large', margins as never);

    let resultsDone = false;
    const results = get(`${S}/${SURVEY}/rounds/r-large/results`, { Authorization: `Bearer ${h.analyst}` }).then((r) => {
      resultsDone = true;
      return { status: r.status, body: JSON.parse(r.body) as SurveyResults };
    });
    // Each /healthz answers (a real database round trip) while the weighting is still running.
    const answeredDuring: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const health = await get('/healthz');
      assert.equal(health.status, 200);
      answeredDuring.push(!resultsDone);
    }
    assert.deepEqual(answeredDuring, [true, true, true, true, true], 'every /healthz came back before the results');
    const done = await results;
    assert.equal(done.status, 200);
    assert.equal(done.body.groups[0]!.respondents, 24_000);
    assert.equal(done.body.groups[1]!.respondents, 6_000);
  });
});
