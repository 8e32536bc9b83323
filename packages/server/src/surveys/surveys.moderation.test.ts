/**
 * Free texts under moderation and strategy indicators (ADR 0033), over HTTP against a real
 * database: texts are pending until a moderator publishes them, only published ones are public
 * (with an ETag), a stale moderation is refused and of two moderators racing on one version
 * exactly one wins; an indicator is checked against the definition and its value is the
 * sample's weighted estimate, computed when results are published.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { baseDesign, rake, SURVEYS_PATHS, SURVEYS_PROBLEM_TYPES, weightedMean, weightedProportion, type SurveyIndicator, type SurveyPublishedTexts, type SurveyStaffTextList } from '@kohtaamo/core';
import { issueCredential } from '../platform/auth/credentials.js';
import { addGrant } from '../platform/auth/grants.js';
import { addPerson } from '../platform/staff/staff.repository.js';
import { expectStatus, minimalAnswers, openRound, P, S, startSurveys, SURVEY, type SurveysHarness } from './surveys.test-support.js';

let h: SurveysHarness;
let moderator: string;
before(async () => {
  h = await startSurveys();
  await openRound(h, 'r-texts');
  const db = h.database.handle.db;
  const person = await addPerson(db, { name: 'Maija Moderoija', email: `${randomUUID()}@heinola.example` });
  await addGrant(db, { personId: person.id, organisation: 'city', domain: 'surveys', scope: SURVEY, role: 'moderator', source: 'admin' });
  moderator = await issueCredential(db, person.id, 'token', new Date(Date.now() + 3600_000));
});
after(async () => {
  await h?.close();
});

const T = `${S}/${SURVEY}/rounds/r-texts/texts`;

describe(`surveys free-text moderation and indicators (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('free texts wait for moderation; only published ones are public, with an ETag; a stale moderation changes nothing', async () => {
    await expectStatus(h.call('POST', `${P}/r-texts/responses`, { lang: 'fi', answers: { ...minimalAnswers(), what_could_i_do: 'Voisin siivota rantaa talkoissa.' } }), 201);
    await expectStatus(h.call('POST', `${P}/r-texts/responses`, { lang: 'sv', answers: { ...minimalAnswers(), what_could_i_do: 'Jag kunde läsa för barn i biblioteket.', overall_satisfaction: 1, service_improvement: '  Bättre bussar.  ' } }), 201);
    await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-texts/interviews`, { respondentId: 'T-1', lang: 'fi', answers: { ...minimalAnswers(), what_could_i_do: 'Lumitöitä naapurille.' } }), 201);

    const publicBefore = (await expectStatus(h.call('GET', `${P}/r-texts/texts`), 200)) as SurveyPublishedTexts;
    assert.deepEqual(publicBefore.items, [], 'nothing is public before moderation');

    const list = (await expectStatus(h.staff('GET', `${T}?state=pending`, undefined, moderator), 200)) as SurveyStaffTextList;
    assert.deepEqual(list.counts, { pending: 4, published: 0, hidden: 0 });
    assert.deepEqual(list.items.map((t) => t.text).sort(), ['Bättre bussar.', 'Jag kunde läsa för barn i biblioteket.', 'Lumitöitä naapurille.', 'Voisin siivota rantaa talkoissa.']);
    const byText = new Map(list.items.map((t) => [t.text, t]));
    assert.equal(byText.get('Lumitöitä naapurille.')!.group, 'sample');
    assert.equal(byText.get('Bättre bussar.')!.group, 'open');
    assert.equal(byText.get('Bättre bussar.')!.question, 'service_improvement');
    // Paging: two at a time, in id order, then the rest.
    const first = (await expectStatus(h.staff('GET', `${T}?limit=2`, undefined, moderator), 200)) as SurveyStaffTextList;
    assert.equal(first.items.length, 2);
    const rest = (await expectStatus(h.staff('GET', `${T}?limit=2&after=${first.next}`, undefined, moderator), 200)) as SurveyStaffTextList;
    assert.deepEqual([...first.items, ...rest.items].map((t) => t.id), [...list.items.map((t) => t.id)].sort());
    assert.equal(rest.next, null);

    const snow = byText.get('Lumitöitä naapurille.')!;
    const beach = byText.get('Voisin siivota rantaa talkoissa.')!;
    const bus = byText.get('Bättre bussar.')!;
    const done = (await expectStatus(
      h.staff('POST', `${T}/moderation`, { items: [{ id: snow.id, state: 'published', version: 1 }, { id: beach.id, state: 'published' }, { id: bus.id, state: 'hidden', version: 1 }] }, moderator),
      200,
    )) as { items: { id: string; state: string; version: number }[] };
    assert.deepEqual(done.items.map((t) => [t.state, t.version]), [['published', 2], ['published', 2], ['hidden', 2]]);

    const published = await h.call('GET', `${P}/r-texts/texts`);
    assert.equal(published.status, 200);
    const etag = published.headers.get('ETag');
    assert.ok(etag && /no-cache/.test(published.headers.get('Cache-Control') ?? ''));
    const body = (await published.json()) as SurveyPublishedTexts;
    assert.deepEqual(body.items.map((t) => t.text).sort(), ['Lumitöitä naapurille.', 'Voisin siivota rantaa talkoissa.']);
    assert.deepEqual(Object.keys(body.items[0]!).sort(), ['group', 'id', 'lang', 'question', 'text'], 'no response id, no date');
    const responseIds = (await h.database.handle.db.selectFrom('survey_responses').select('id').where('round_id', '=', 'r-texts').execute()).map((r) => r.id);
    assert.ok(body.items.every((t) => !responseIds.includes(t.id)), 'a text’s id is never its response’s');
    const again = await h.call('GET', `${P}/r-texts/texts`, undefined, { 'If-None-Match': etag! });
    assert.equal(again.status, 304);
    await again.arrayBuffer();
    const onlyOther = (await expectStatus(h.call('GET', `${P}/r-texts/texts?question=service_improvement`), 200)) as SurveyPublishedTexts;
    assert.deepEqual(onlyOther.items, []);

    // A stale version: nothing of the batch is saved, each stale item pointed at.
    const stale = await h.staff('POST', `${T}/moderation`, { items: [{ id: bus.id, state: 'published', version: 2 }, { id: snow.id, state: 'hidden', version: 1 }] }, moderator);
    assert.equal(stale.status, 409);
    const problem = (await stale.json()) as { type: string; errors: { pointer: string; params: { version: number } }[] };
    assert.equal(problem.type, SURVEYS_PROBLEM_TYPES.moderationConflict);
    assert.deepEqual(problem.errors.map((e) => [e.pointer, e.params.version]), [['#/items/1/version', 2]]);
    const after = (await expectStatus(h.staff('GET', T, undefined, moderator), 200)) as SurveyStaffTextList;
    assert.deepEqual(after.counts, { pending: 1, published: 2, hidden: 1 }, 'the batch was all or none');

    // A text of another round is not found, with a pointer; bad input has pointers too.
    await openRound(h, 'r-texts-other');
    const other = await h.staff('POST', `${S}/${SURVEY}/rounds/r-texts-other/texts/moderation`, { items: [{ id: snow.id, state: 'hidden' }] }, moderator);
    assert.equal(other.status, 404);
    assert.equal(((await other.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/items/0/id');
    const bad = await h.staff('POST', `${T}/moderation`, { items: [{ id: 'x', state: 'shown' }] }, moderator);
    assert.equal(bad.status, 422);
    assert.deepEqual(((await bad.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer).sort(), ['#/items/0/id', '#/items/0/state']);
    // A moderator may not declare indicators, nor read results.
    const refused = await h.staff('GET', `${S}/${SURVEY}/indicators`, undefined, moderator);
    assert.equal(refused.status, 403);
    await refused.arrayBuffer();
  });

  test('two moderators racing on the same version: exactly one wins, the other gets 409', async () => {
    const list = (await expectStatus(h.staff('GET', `${T}?state=pending`, undefined, moderator), 200)) as SurveyStaffTextList;
    const text = list.items[0]!;
    const results = await Promise.all(
      ['published', 'hidden', 'published', 'hidden', 'published', 'hidden'].map((state, i) => h.staff('POST', `${T}/moderation`, { items: [{ id: text.id, state, version: text.version }] }, i % 2 === 0 ? moderator : h.analyst)),
    );
    const statuses = results.map((r) => r.status).sort();
    await Promise.all(results.map((r) => r.arrayBuffer()));
    assert.deepEqual(statuses, [200, 409, 409, 409, 409, 409]);
    const row = await h.database.handle.db.selectFrom('survey_texts').select(['version']).where('id', '=', text.id).executeTakeFirstOrThrow();
    assert.equal(Number(row.version), text.version + 1);
  });

  test('indicators: checked against the definition, valued from the weighted sample when results are published, public with targets', async () => {
    const bad = await h.staff('PUT', `${S}/${SURVEY}/indicators/overall-satisfied`, { label: { fi: 'x', sv: 'x', en: 'x' }, question: 'what_could_i_do', measure: 'mean', target: 4, year: 2030 });
    assert.equal(bad.status, 422);
    assert.deepEqual(((await bad.json()) as { errors: { pointer: string; code: string }[] }).errors.map((e) => [e.pointer, e.code]), [['#/measure', 'surveys.indicator.measure']]);
    const badValue = await h.staff('PUT', `${S}/${SURVEY}/indicators/overall-satisfied`, { label: { fi: 'x', sv: 'x', en: 'x' }, question: 'overall_satisfaction', measure: 'share', values: ['4', '9'], target: 0.7, year: 2030 });
    assert.equal(badValue.status, 422);
    assert.equal(((await badValue.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/values/1');
    const badTarget = await h.staff('PUT', `${S}/${SURVEY}/indicators/overall-satisfied`, { label: { fi: 'x', sv: 'x', en: 'x' }, question: 'overall_satisfaction', measure: 'share', values: ['4'], target: 70, year: 2030 });
    assert.equal(badTarget.status, 422);
    assert.equal(((await badTarget.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/target');

    const satisfied = { label: { fi: 'Palveluihin tyytyväisten osuus', sv: 'Andelen nöjda med tjänsterna', en: 'Share satisfied with services' }, question: 'overall_satisfaction', measure: 'share', values: ['4', '5'], target: 0.75, year: 2030 };
    const created = (await expectStatus(h.staff('PUT', `${S}/${SURVEY}/indicators/overall-satisfied`, satisfied), 201)) as SurveyIndicator;
    assert.equal(created.current, null, 'no published round yet');
    await expectStatus(h.staff('PUT', `${S}/${SURVEY}/indicators/recommend-nps`, { label: { fi: 'Suositteluindeksi', sv: 'Rekommendationsindex', en: 'Recommendation score' }, question: 'recommend_heinola', measure: 'nps', target: 20, year: 2030 }), 201);
    await expectStatus(h.staff('PUT', `${S}/${SURVEY}/indicators/library-mean`, { label: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' }, question: 'service_satisfaction', row: 'library', measure: 'mean', target: 4.2, year: 2029 }), 201);
    // The same id again changes it (200).
    const changed = (await expectStatus(h.staff('PUT', `${S}/${SURVEY}/indicators/overall-satisfied`, { ...satisfied, target: 0.8 }), 200)) as SurveyIndicator;
    assert.equal(changed.target, 0.8);

    // A sample of interviews, weighted by raking; then the results are published.
    const levels = ['18-34', '35-54', '55-74', '75+'];
    for (let i = 0; i < 40; i++) {
      const answers = { ...minimalAnswers(), overall_satisfaction: 1 + ((i * 3) % 5), recommend_heinola: (i * 7) % 11, age_group: levels[i % 4]!, sex: i % 3 === 0 ? 'male' : 'female', service_satisfaction: { ...minimalAnswers().service_satisfaction, library: 1 + (i % 5) } };
      await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-texts/interviews`, { respondentId: `I-${i}`, lang: 'fi', answers }), 201);
    }
    const margins = { method: 'rake', margins: { age_group: { '18-34': 3900, '35-54': 4600, '55-74': 5600, '75+': 2700 }, sex: { female: 8650, male: 8150 } } };
    await expectStatus(h.staff('PUT', `${S}/${SURVEY}/rounds/r-texts/margins`, margins), 200);
    await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-texts/results/publish`), 200);

    const response = await h.call('GET', `${SURVEYS_PATHS.indicators}?survey=${SURVEY}`);
    assert.ok(response.headers.get('ETag'));
    const { items } = (await response.json()) as { items: SurveyIndicator[] };
    assert.deepEqual(items.map((i) => i.id), ['library-mean', 'overall-satisfied', 'recommend-nps']);
    // The same numbers computed directly with core's raking and estimators, over the sample only (41 interviews).
    const rows = (await h.database.handle.db.selectFrom('survey_responses').select(['answers_json']).where('round_id', '=', 'r-texts').where('mode', '!=', 'web').orderBy('id').execute()).map((r) => JSON.parse(r.answers_json) as Record<string, unknown>);
    assert.equal(rows.length, 41);
    const design = rake(baseDesign(rows.length), [
      { name: 'age_group', levels: rows.map((r) => String(r.age_group)), population: new Map(Object.entries(margins.margins.age_group)) },
      { name: 'sex', levels: rows.map((r) => String(r.sex)), population: new Map(Object.entries(margins.margins.sex)) },
    ]).design;
    const share = weightedProportion(design, rows.map((r) => (Number(r.overall_satisfaction) >= 4 ? 1 : 0)));
    const nps = weightedMean(design, rows.map((r) => (Number(r.recommend_heinola) >= 9 ? 100 : Number(r.recommend_heinola) <= 6 ? -100 : 0)));
    const library = weightedMean(design, rows.map((r) => Number((r.service_satisfaction as Record<string, number>).library)));
    const get = (id: string) => items.find((i) => i.id === id)!;
    assert.equal(get('overall-satisfied').current!.round, 'r-texts');
    assert.equal(get('overall-satisfied').current!.weighted, true);
    assert.equal(get('overall-satisfied').current!.n, 41);
    assert.ok(Math.abs(get('overall-satisfied').current!.estimate - share.estimate) < 1e-12);
    assert.deepEqual(get('overall-satisfied').current!.ci95, [share.interval[0], share.interval[1]]);
    assert.equal(get('overall-satisfied').target, 0.8);
    assert.equal(get('overall-satisfied').year, 2030);
    assert.ok(Math.abs(get('recommend-nps').current!.estimate - nps.estimate) < 1e-9);
    assert.ok(Math.abs(get('recommend-nps').current!.ci95![1] - nps.ci95[1]) < 1e-9);
    assert.ok(Math.abs(get('library-mean').current!.estimate - library.estimate) < 1e-12);
    assert.equal(get('library-mean').series.length, 1);

    // Removing one takes its values too; removing it again is a 404 problem.
    await expectStatus(h.staff('DELETE', `${S}/${SURVEY}/indicators/library-mean`), 204);
    const gone = await h.staff('DELETE', `${S}/${SURVEY}/indicators/library-mean`);
    assert.equal(gone.status, 404);
    assert.equal(((await gone.json()) as { code: string }).code, 'surveys.indicator.notFound');
    assert.equal((await h.database.handle.db.selectFrom('survey_indicator_values').select('round_id').where('indicator_id', '=', 'library-mean').execute()).length, 0);
  });
});
