// What the results view shows, against R's survey package (4.1.1, Debian 12's r-cran-survey):
// fixtures/weighting/results-reference.R computed results-reference.json from the same
// respondents and margins as the weighting's reference (weighting.r.test.ts). Here those
// respondents go through the code the server runs for the results (aggregateSurveyResults,
// aggregateSurveyBreakdown, indicatorEstimate), as answers to a survey with the fixture's columns
// as questions, and every figure must agree with R's: each answer's share with its standard
// error's interval (the normal one, or Wilson's on the effective sample size for a small group),
// each mean with its standard error, the breakdown by area as domain estimates of the whole
// calibrated design (R: svymean on subset()), and the indicators (NPS, a share, a mean).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseCsv } from './csv.js';
import { Z_95 } from './estimation.js';
import { checkSurveyDefinition } from './survey-definition.check.js';
import { indicatorEstimate } from './survey-indicator.logic.js';
import { aggregateSurveyBreakdown, aggregateSurveyResults, type ResultRow } from './survey-results.logic.js';
import type { SurveyMargins, SurveyQuestionResult } from './survey-results.schema.js';
import type { SurveyAnswers, SurveyDefinition } from './survey.schema.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/weighting/${name}`, import.meta.url), 'utf8');

interface RShare {
  value: string;
  estimate: number;
  se: number;
  ci95: [number, number];
  n: number;
  n_eff: number;
  wilson: [number, number];
}
interface RMean {
  estimate: number;
  se: number;
  ci95: [number, number];
  n: number;
}
type RFigures = Record<'satisfied' | 'recommend' | 'enjoy', { shares: RShare[]; mean?: RMean }>;
const reference = JSON.parse(fixture('results-reference.json')) as {
  survey_version: string;
  z: number;
  results: Record<'rake' | 'poststratify' | 'rake_trim', RFigures>;
  breakdown_area: Record<string, RFigures>;
  indicators: { nps: RMean; enjoy_mean: RMean; enjoy_share_4_5: RShare };
};

const t = (en: string) => ({ fi: en, sv: en, en });
const options = (values: string[]) => values.map((value) => ({ value, text: t(value) }));
const marginsFile = JSON.parse(fixture('margins.json')) as Record<string, Record<string, number>> & { age_sex: { age_group: string; sex: string; total: number }[] };

/** A survey whose questions are the fixture's columns. */
const definition: SurveyDefinition = (() => {
  const check = checkSurveyDefinition({
    format: 'kohtaamo-survey/1',
    id: 'r-fixture',
    version: 1,
    title: t('The weighting fixture'),
    pages: [
      {
        id: 'all',
        sections: [
          {
            id: 'columns',
            questions: [
              { id: 'satisfied', type: 'yes_no', text: t('Satisfied?') },
              { id: 'recommend', type: 'recommendation', text: t('Recommend?'), minLabel: t('no'), maxLabel: t('yes') },
              { id: 'enjoy', type: 'rating', text: t('Enjoy?'), min: 1, max: 5, minLabel: t('no'), maxLabel: t('yes') },
              { id: 'age_group', type: 'single_choice', text: t('Age'), options: options(Object.keys(marginsFile.age_group!)), tags: ['demographic'] },
              { id: 'sex', type: 'single_choice', text: t('Sex'), options: options(Object.keys(marginsFile.sex!)), tags: ['demographic'] },
              { id: 'area', type: 'dropdown', text: t('Area'), options: options(Object.keys(marginsFile.area!)), tags: ['demographic'] },
            ],
          },
        ],
      },
    ],
  });
  assert.ok(check.ok, JSON.stringify(!check.ok && check.errors));
  return check.definition;
})();

/** The fixture's respondents as interviews (the sample), answered as the widget stores answers. */
const rows: ResultRow[] = (() => {
  const table = parseCsv(fixture('respondents.csv'));
  const at = (name: string) => table.header.indexOf(name);
  return table.rows.map((row) => {
    const answers: SurveyAnswers = {
      age_group: row[at('age_group')]!,
      sex: row[at('sex')]!,
      area: row[at('area')]!,
      satisfied: row[at('satisfied')] === '1',
      recommend: Number(row[at('recommend')]),
    };
    if (row[at('enjoy')] !== '') answers.enjoy = Number(row[at('enjoy')]);
    return { mode: 'interviewer', answers };
  });
})();
// A few open web answers: kept apart, they must change none of the sample's figures.
const open: ResultRow[] = rows.slice(0, 7).map((row) => ({ mode: 'web', answers: { ...row.answers, enjoy: 1, recommend: 0 } }));

const rake: SurveyMargins = { method: 'rake', margins: { age_group: marginsFile.age_group!, sex: marginsFile.sex!, area: marginsFile.area! } };
const margins: Record<keyof typeof reference.results, SurveyMargins> = {
  rake,
  poststratify: { method: 'poststratify', variables: ['age_group', 'sex'], cells: marginsFile.age_sex.map((c) => ({ levels: { age_group: c.age_group, sex: c.sex }, total: c.total })) },
  rake_trim: { ...rake, trim: [20, 45] },
};
const meta = { round: 'r-fixture-2026', year: 2026, computedAt: '2026-12-01T00:00:00.000Z' };

/** Significant digits to which a and b agree (17 when equal). */
function digits(a: number, b: number): number {
  if (a === b) return 17;
  return -Math.log10(Math.abs(a - b) / Math.max(Math.abs(b), 1e-300));
}
/** Agreement to `least` significant digits, or (for R's zeros written as 1e-17 or so) within 1e-15. */
function agrees(ours: number, r: number, what: string, least = 13): void {
  assert.ok(digits(ours, r) >= least || Math.abs(ours - r) < 1e-15, `${what}: ${ours} vs R's ${r} (${digits(ours, r).toFixed(1)} digits)`);
}

/** Every share and mean of the three questions, against R's; counts how many intervals were Wilson's. */
function compare(where: string, questions: readonly SurveyQuestionResult[], expected: RFigures): { wilson: number; wald: number } {
  const seen = { wilson: 0, wald: 0 };
  for (const id of ['satisfied', 'recommend', 'enjoy'] as const) {
    const ours = questions.find((q) => q.question === id)!;
    const r = expected[id];
    assert.equal(ours.n, r.shares[0]!.n, `${where} ${id}: respondents with an answer`);
    assert.deepEqual(ours.shares!.map((s) => s.value), r.shares.map((s) => s.value), `${where} ${id}: the answers`);
    for (const [i, s] of ours.shares!.entries()) {
      const e = r.shares[i]!;
      const what = `${where} ${id}=${e.value}`;
      agrees(s.share, e.estimate, `${what} share`);
      // The interval R's figures call for: Wilson's for fewer than 30 answers or fewer than 5 expected on a side.
      const small = e.n < 30 || e.n_eff * e.estimate < 5 || e.n_eff * (1 - e.estimate) < 5;
      assert.equal(s.method, small ? 'wilson' : 'wald', `${what}: interval kind (n ${e.n}, effective n ${e.n_eff})`);
      const interval = small ? e.wilson : e.ci95;
      agrees(s.interval![0], small ? Math.max(0, interval[0]) : interval[0], `${what} lower`);
      agrees(s.interval![1], small ? Math.min(1, interval[1]) : interval[1], `${what} upper`);
      seen[small ? 'wilson' : 'wald']++;
    }
    if (r.mean) {
      const m = ours.mean!;
      assert.equal(m.n, r.mean.n, `${where} ${id}: n of the mean`);
      agrees(m.mean, r.mean.estimate, `${where} ${id} mean`);
      agrees(m.se!, r.mean.se, `${where} ${id} se`);
      agrees(m.ci95![0], r.mean.ci95[0], `${where} ${id} mean lower`);
      agrees(m.ci95![1], r.mean.ci95[1], `${where} ${id} mean upper`);
    }
  }
  return seen;
}

test(`the results' reference was made with R's survey ${reference.survey_version}, with the z of the weighting's`, () => {
  assert.equal(reference.survey_version, '4.1.1');
  assert.equal(reference.z, Z_95);
  assert.deepEqual(Object.keys(reference.breakdown_area).sort(), Object.keys(marginsFile.area!).sort());
});

for (const name of Object.keys(reference.results) as (keyof typeof reference.results)[]) {
  test(`the results' shares, intervals and means agree with R: ${name}`, () => {
    const results = aggregateSurveyResults(definition, [...rows, ...open], margins[name], meta);
    const [sample, web] = results.groups;
    assert.equal(sample!.group, 'sample');
    assert.equal(sample!.weighted, true);
    assert.equal(sample!.respondents, 400);
    const seen = compare(name, sample!.questions, reference.results[name]);
    assert.ok(seen.wald > 0, 'normal intervals compared');
    // The open web answers: apart, with counts and shares but no interval.
    assert.equal(web!.respondents, open.length);
    assert.ok(web!.questions.every((q) => (q.shares ?? []).every((s) => s.interval === undefined) && q.mean?.ci95 === undefined));
  });
}

test("the breakdown by area: domain estimates of the whole calibrated design agree with R's svymean on subset()", () => {
  const breakdown = aggregateSurveyBreakdown(definition, [...rows, ...open], rake, meta, 'area');
  const seen = { wilson: 0, wald: 0 };
  for (const level of breakdown.levels) {
    const sample = level.groups.find((g) => g.group === 'sample')!;
    assert.equal(sample.suppressed, undefined, `${level.value} is not suppressed`);
    const s = compare(`area=${level.value}`, sample.questions, reference.breakdown_area[level.value]!);
    seen.wilson += s.wilson;
    seen.wald += s.wald;
  }
  assert.ok(seen.wilson > 0 && seen.wald > 0, `both kinds of interval compared (${JSON.stringify(seen)})`);
});

test('the indicators agree with R: NPS, the share answering 4 or 5, the mean', () => {
  const r = reference.indicators;
  const nps = indicatorEstimate(definition, rows, rake, { question: 'recommend', measure: 'nps' }, meta)!;
  assert.equal(nps.n, r.nps.n);
  agrees(nps.estimate, r.nps.estimate, 'NPS');
  agrees(nps.ci95![0], r.nps.ci95[0], 'NPS lower');
  agrees(nps.ci95![1], r.nps.ci95[1], 'NPS upper');
  const mean = indicatorEstimate(definition, rows, rake, { question: 'enjoy', measure: 'mean' }, meta)!;
  assert.equal(mean.n, r.enjoy_mean.n);
  agrees(mean.estimate, r.enjoy_mean.estimate, 'mean');
  agrees(mean.ci95![0], r.enjoy_mean.ci95[0], 'mean lower');
  agrees(mean.ci95![1], r.enjoy_mean.ci95[1], 'mean upper');
  const share = indicatorEstimate(definition, rows, rake, { question: 'enjoy', measure: 'share', values: ['4', '5'] }, meta)!;
  assert.equal(share.n, r.enjoy_share_4_5.n);
  agrees(share.estimate, r.enjoy_share_4_5.estimate, 'share');
  agrees(share.ci95![0], r.enjoy_share_4_5.ci95[0], 'share lower');
  agrees(share.ci95![1], r.enjoy_share_4_5.ci95[1], 'share upper');
});
