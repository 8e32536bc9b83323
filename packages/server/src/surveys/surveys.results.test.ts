/**
 * Vendor files, results and exports (issue 10): a vendor's CSV with a column and code mapping,
 * validated row by row with every rejected row reported and nothing saved; results weighted
 * with core's raking exactly as core computes them (and core matches R's survey package:
 * weighting.r.test.ts), the open web answers apart without margins of error; publishing as open
 * data; the CSV export and its codebook; the demo seed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baseDesign, rake, SURVEYS_PROBLEM_TYPES, weightedMean, type SurveyResults } from '@kohtaamo/core';
import { sql } from 'kysely';
import { DEMO_EARLIER_ROUND, DEMO_RESULTS_ROUND, seedSurveysDemo } from './surveys.seed.js';
import { expectStatus, minimalAnswers, openRound, P, S, startSurveys, SURVEY, type SurveysHarness } from './surveys.test-support.js';

let h: SurveysHarness;
before(async () => {
  h = await startSurveys();
  await openRound(h, 'r-vendor');
});
after(async () => {
  await h?.close();
});

const IMPORT = (round: string, dry = '') => `${S.replace(/\/$/, '')}/imports?survey=${SURVEY}&round=${round}${dry}`;
const HEADER = 'resp;kieli;q1_1;q1_2;q1_3;q1_4;q1_5;q1_6;q1_7;q1_8;q1_9;q1_10;q2;q3;q4;q5;q6;ika;sp;alue';
const line = (id: string, overall: string, age = '2', sex = '1', area = 'C', lang = 'FI') => `${id};${lang};4;4;5;3;4;2;4;9;4;3;${overall};4;1;8;3;${age};${sex};${area}`;
const mapping = {
  respondentId: 'resp',
  lang: 'kieli',
  questions: {
    service_satisfaction: {
      rows: { early_education: 'q1_1', schools: 'q1_2', library: 'q1_3', sports: 'q1_4', culture: 'q1_5', streets: 'q1_6', parks: 'q1_7', transport: 'q1_8', customer_service: 'q1_9', communication: 'q1_10' },
      codes: { '9': 'cant_say' },
    },
    overall_satisfaction: { column: 'q2' },
    enjoy_living: { column: 'q3' },
    live_in_five_years: { column: 'q4', codes: { '1': 'certainly', '2': 'probably', '3': 'probably_not', '9': 'cant_say' } },
    recommend_heinola: { column: 'q5' },
    can_influence: { column: 'q6' },
    age_group: { column: 'ika', codes: { '1': '18-34', '2': '35-54', '3': '55-74', '4': '75+' } },
    sex: { column: 'sp', codes: { '1': 'female', '2': 'male' } },
    area: { column: 'alue', codes: { C: 'centre', J: 'jyranko', T: 'other_town', V: 'vierumaki', L: 'lusi', R: 'rural' } },
  },
};
const countResponses = async (round: string) =>
  Number((await h.database.handle.db.selectFrom('survey_responses').select(sql<number>`count(*)`.as('n')).where('round_id', '=', round).executeTakeFirstOrThrow()).n);

describe(`surveys vendor import, results, export (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('a vendor file with bad rows: every rejected row reported with line, respondent and column; nothing saved', async () => {
    const csv = [HEADER, line('A1', '4'), line('A2', '7'), line('A3', '3', '6'), line('A1', '5'), line('', '4'), line('A6', '4', '2', '1', 'C', 'de'), line('A7', '2')].join('\n');
    const r = await h.staff('POST', IMPORT('r-vendor'), { mapping, csv });
    assert.equal(r.status, 422);
    const problem = (await r.json()) as { type: string; title: string; errors: { pointer: string; code: string; params: Record<string, unknown> }[] };
    assert.equal(problem.type, SURVEYS_PROBLEM_TYPES.importRejected);
    assert.match(problem.title, /5/);
    const got = problem.errors.map((e) => `${e.params.line} ${e.pointer} ${e.code} ${e.params.column ?? ''}`);
    assert.deepEqual(got, [
      '3 #/rows/3/answers/overall_satisfaction surveys.answer.range q2',
      '4 #/rows/4/answers/age_group surveys.answer.choice ika',
      '5 #/rows/5/respondentId surveys.respondent.duplicate resp',
      '6 #/rows/6/respondentId common.required resp',
      '7 #/rows/7/lang surveys.import.lang kieli',
    ]);
    assert.equal(await countResponses('r-vendor'), 0, 'nothing half-saved');
  });

  test('a mapping naming a column the file lacks is refused before any row', async () => {
    const r = await h.staff('POST', IMPORT('r-vendor'), { mapping: { ...mapping, questions: { ...mapping.questions, enjoy_living: { column: 'q33' } } }, csv: [HEADER, line('B1', '4')].join('\n') });
    assert.equal(r.status, 422);
    const errors = ((await r.json()) as { errors: { pointer: string; code: string }[] }).errors;
    assert.deepEqual(errors.map((e) => [e.pointer, e.code]), [['#/mapping/questions/enjoy_living', 'surveys.import.column']]);
  });

  test('a good file is saved whole in one transaction (dry run first saves nothing); importing it again is refused row by row', async () => {
    const rows = [HEADER];
    const ages = ['1', '2', '3', '4'];
    const areas = ['C', 'J', 'T', 'V', 'L', 'R'];
    for (let i = 0; i < 60; i++) rows.push(line(`V${i}`, String(1 + ((i * 7) % 5)), ages[i % 4], String(1 + (i % 3 === 0 ? 1 : 0)), areas[i % 6], i % 5 === 0 ? 'sv' : 'fi'));
    const csv = rows.join('\r\n');
    const dry = (await expectStatus(h.staff('POST', IMPORT('r-vendor'), { mapping, csv, dryRun: true }), 200)) as { accepted: number; saved: number };
    assert.deepEqual([dry.accepted, dry.saved], [60, 0]);
    assert.equal(await countResponses('r-vendor'), 0);
    const done = (await expectStatus(h.staff('POST', IMPORT('r-vendor'), { mapping, csv }), 201)) as { rows: number; saved: number };
    assert.deepEqual([done.rows, done.saved], [60, 60]);
    const stored = await h.database.handle.db.selectFrom('survey_responses').selectAll().where('round_id', '=', 'r-vendor').where('respondent_id', '=', 'V0').executeTakeFirstOrThrow();
    assert.equal(stored.mode, 'import');
    assert.equal(stored.lang, 'sv');
    assert.deepEqual(JSON.parse(stored.answers_json).service_satisfaction.transport, 'cant_say');
    const again = await h.staff('POST', IMPORT('r-vendor'), { mapping, csv: [HEADER, line('V1', '4'), line('NEW', '4')].join('\n') });
    assert.equal(again.status, 422);
    assert.deepEqual(((await again.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer), ['#/rows/2/respondentId']);
    assert.equal(await countResponses('r-vendor'), 60);
  });

  test('results: the sample weighted by raking exactly as core computes it, open web answers apart with no interval', async () => {
    for (let i = 0; i < 5; i++) {
      await expectStatus(h.call('POST', `${P}/r-vendor/responses`, { lang: 'fi', answers: { ...minimalAnswers(), overall_satisfaction: 1 + (i % 5) } }), 201);
    }
    const margins = { method: 'rake', margins: { age_group: { '18-34': 3900, '35-54': 4600, '55-74': 5600, '75+': 2700 } as Record<string, number>, sex: { female: 8650, male: 8150 } as Record<string, number> } };
    await expectStatus(h.staff('PUT', `${S}/${SURVEY}/rounds/r-vendor/margins`, margins), 200);
    const results = (await expectStatus(h.staff('GET', `${S}/${SURVEY}/rounds/r-vendor/results`), 200)) as SurveyResults;
    const [sample, open] = results.groups;
    assert.equal(sample!.group, 'sample');
    assert.equal(sample!.respondents, 60);
    assert.equal(sample!.weighted, true);
    assert.ok(Math.abs(sample!.weights!.sum - 16800) < 1e-6, 'weights sum to the population');
    // The same estimate computed directly with core's raking and linearisation.
    const rows = (await h.database.handle.db.selectFrom('survey_responses').select(['id', 'answers_json']).where('round_id', '=', 'r-vendor').where('mode', '=', 'import').orderBy('id').execute()).map((r) => JSON.parse(r.answers_json) as Record<string, string | number>);
    const design = rake(baseDesign(rows.length), [
      { name: 'age_group', levels: rows.map((r) => String(r.age_group)), population: new Map(Object.entries(margins.margins.age_group)) },
      { name: 'sex', levels: rows.map((r) => String(r.sex)), population: new Map(Object.entries(margins.margins.sex)) },
    ]).design;
    const expected = weightedMean(design, rows.map((r) => Number(r.overall_satisfaction)));
    const overall = sample!.questions.find((q) => q.question === 'overall_satisfaction')!;
    assert.ok(Math.abs(overall.mean!.mean - expected.estimate) < 1e-12, `${overall.mean!.mean} vs ${expected.estimate}`);
    assert.ok(Math.abs(overall.mean!.se! - expected.se) < 1e-12);
    assert.deepEqual(overall.mean!.ci95, [expected.ci95[0], expected.ci95[1]]);
    const shares = overall.shares!;
    assert.ok(Math.abs(shares.reduce((t, s) => t + s.share, 0) - 1) < 1e-9);
    assert.ok(shares.every((s) => s.interval !== undefined && (s.method === 'wald' || s.method === 'wilson')));
    assert.equal(open!.group, 'open');
    assert.equal(open!.respondents, 5);
    assert.equal(open!.weighted, false);
    const openOverall = open!.questions.find((q) => q.question === 'overall_satisfaction')!;
    assert.deepEqual(openOverall.mean, { n: 5, mean: 3 });
    assert.ok(openOverall.shares!.every((s) => s.interval === undefined), 'no margin of error for self-selected answers');
    const matrix = sample!.questions.find((q) => q.question === 'service_satisfaction')!;
    assert.equal(matrix.rows!.transport!.shares.find((s) => s.value === 'cant_say')!.count, 60);
    // Margins naming a question the survey lacks are refused with a pointer.
    const bad = await h.staff('PUT', `${S}/${SURVEY}/rounds/r-vendor/margins`, { method: 'rake', margins: { shoe_size: { '42': 10 } } });
    assert.equal(bad.status, 422);
    assert.equal(((await bad.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/margins/shoe_size');
  });

  test('published results are open data; before that the public route says not published', async () => {
    const before = await h.call('GET', `${P}/r-vendor/results`);
    assert.equal(before.status, 404);
    assert.equal(((await before.json()) as { code: string }).code, 'surveys.results.notPublished');
    await expectStatus(h.staff('POST', `${S}/${SURVEY}/rounds/r-vendor/results/publish`), 200);
    const text = await (await h.call('GET', `${P}/r-vendor/results`)).text();
    const published = JSON.parse(text) as SurveyResults;
    assert.equal(published.groups.length, 2);
    assert.ok(!text.includes('"V0"') && !text.includes('respondentId') && !text.includes('Voisin'), 'no respondent ids or free text in open data');
    const figures = (await expectStatus(h.call('GET', '/api/v1/surveys/figures'), 200)) as { items: { question: string }[] };
    assert.ok(figures.items.some((f) => f.question === 'overall_satisfaction'));
  });

  test('CSV export with codebook: one column per answer cell, codes explained', async () => {
    const csv = (await expectStatus(h.staff('GET', `${S}/${SURVEY}/rounds/r-vendor/responses.csv`), 200)) as string;
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length, 66);
    const header = lines[0]!.split(',');
    assert.deepEqual(header.slice(0, 5), ['response', 'mode', 'lang', 'received_on', 'respondent_id']);
    assert.ok(header.includes('service_satisfaction.library') && header.includes('best_things.nature') && header.includes('priorities.1'));
    const codebook = (await expectStatus(h.staff('GET', `${S}/${SURVEY}/rounds/r-vendor/codebook`), 200)) as { columns: { column: string; values?: Record<string, unknown> }[] };
    assert.deepEqual(codebook.columns.map((c) => c.column), header);
    assert.ok(codebook.columns.find((c) => c.column === 'live_in_five_years')!.values!.probably_not);
  });

  test('the demo seed: the template, an open round with margins, weighted sample and open answers; idempotent', async () => {
    const now = new Date('2027-05-01T08:00:00Z');
    const id = await seedSurveysDemo(h.database.handle.db, now);
    assert.equal(await seedSurveysDemo(h.database.handle.db, now), id);
    assert.equal(await countResponses(id), 160);
    const paper = (await expectStatus(h.call('GET', `${P}/${id}`), 200)) as { round: { status: string } };
    assert.equal(paper.round.status, 'open');
    const results = (await expectStatus(h.staff('GET', `${S}/${SURVEY}/rounds/${id}/results`), 200)) as SurveyResults;
    assert.equal(results.groups[0]!.weighted, true);
    assert.equal(results.groups[0]!.respondents, 120);
    assert.equal(results.groups[1]!.respondents, 40);
    // The years before: published (results, a breakdown, earlier years, free texts, indicators) for the demo's results widget.
    const last = (await expectStatus(h.call('GET', `${P}/${DEMO_RESULTS_ROUND}/results`), 200)) as SurveyResults;
    assert.deepEqual(last.groups.map((g) => g.respondents), [150, 50]);
    assert.equal(last.groups[0]!.weighted, true);
    const earlier = (await expectStatus(h.call('GET', `${P}/${DEMO_RESULTS_ROUND}/results/earlier`), 200)) as { items: { round: string }[] };
    assert.deepEqual(earlier.items.map((i) => i.round), [DEMO_EARLIER_ROUND]);
    const texts = (await expectStatus(h.call('GET', `${P}/${DEMO_RESULTS_ROUND}/texts`), 200)) as { items: unknown[] };
    assert.equal(texts.items.length, 6);
    const indicators = (await expectStatus(h.call('GET', `/api/v1/surveys/indicators?survey=${SURVEY}`), 200)) as { items: { id: string; series: { round: string }[] }[] };
    assert.deepEqual(indicators.items.map((i) => [i.id, i.series.map((x) => x.round)]), [
      ['recommendation-score', [DEMO_EARLIER_ROUND, DEMO_RESULTS_ROUND]],
      ['services-satisfied', [DEMO_EARLIER_ROUND, DEMO_RESULTS_ROUND]],
    ]);
  });
});
