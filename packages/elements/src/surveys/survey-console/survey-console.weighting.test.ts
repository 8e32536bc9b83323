// Issue 10's "results are shown weighted with intervals that match R's survey package", from the
// analyst's keyboard to the resident's screen, on the real server: a survey and round of the
// test's own get the 400 respondents of the weighting fixture as a vendor's file (the sample) and
// seven open web answers; the analyst types the population margins and the trimming into the
// console's margins tab and publishes the results, by keyboard alone, in fi, sv and en. The
// published results the server computed (stored, read back, aggregated) must then agree with R's
// survey 4.1.1 (fixtures/weighting/results-reference.json, case rake_trim: rake on age group, sex
// and area, weights trimmed to [20, 45]) to 13 significant digits, the open answers apart and
// without intervals; and <kohtaamo-survey-results> shows exactly R's figures, rounded as it rounds
// them, each with its 95% interval in words (Wilson's for a rare answer). axe in every state.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createApiClient, createSurveyConsoleApi, type SurveyDefinition } from '@kohtaamo/core';
import '../../define/kohtaamo-survey-console.js';
import '../../define/kohtaamo-survey-results.js';
import type { KohtaamoSurveyConsole } from './survey-console.js';
import type { KohtaamoSurveyResults } from '../survey-results/survey-results.js';
import { focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { signInByKeyboard } from '../../testing/staff-console-test-helpers.js';

const FIXTURES = new URL('../../../../core/src/surveys/fixtures/weighting/', import.meta.url);
const fixtureText = async (name: string) => {
  const response = await fetch(new URL(name, FIXTURES));
  expect(response.status, name).to.equal(200);
  return response.text();
};

interface RShare {
  value: string;
  estimate: number;
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
interface Share {
  value: string;
  share: number;
  interval?: [number, number];
  method?: 'wald' | 'wilson';
}
interface Question {
  question: string;
  n: number;
  shares?: Share[];
  mean?: { mean: number; se?: number; ci95?: [number, number]; n: number };
}
interface Group {
  group: 'sample' | 'open';
  respondents: number;
  weighted?: boolean;
  questions: Question[];
}

const TEXTS = {
  fi: { saved: 'Väestöosuudet tallennettiin.', published: 'Tulokset julkaistiin.', interval: (v: string, lo: string, hi: string) => `${v} (95 %:n varmuudella välillä ${lo}–${hi})`, mean: 'Keskiarvo' },
  sv: { saved: 'Befolkningsandelarna sparades.', published: 'Resultaten publicerades.', interval: (v: string, lo: string, hi: string) => `${v} (med 95 % säkerhet mellan ${lo} och ${hi})`, mean: 'Medelvärde' },
  en: { saved: 'The margins were saved.', published: 'The results were published.', interval: (v: string, lo: string, hi: string) => `${v} (with 95% confidence between ${lo} and ${hi})`, mean: 'Mean' },
} as const;

/** Significant digits to which a and b agree (17 when equal). */
const digits = (a: number, b: number) => (a === b ? 17 : -Math.log10(Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)));
function agrees(ours: number | undefined, r: number, what: string): void {
  expect(ours, what).to.be.a('number');
  expect(digits(ours!, r) >= 13 || Math.abs(ours! - r) < 1e-15, `${what}: ${ours} vs R's ${r} (${digits(ours!, r).toFixed(1)} digits)`).to.equal(true);
}
/** The interval R's figures call for: Wilson's for fewer than 30 answers or fewer than 5 expected on a side (as the server decides). */
function rInterval(s: RShare): { method: 'wald' | 'wilson'; interval: [number, number] } {
  const small = s.n < 30 || s.n_eff * s.estimate < 5 || s.n_eff * (1 - s.estimate) < 5;
  return small ? { method: 'wilson', interval: [Math.max(0, s.wilson[0]), Math.min(1, s.wilson[1])] } : { method: 'wald', interval: s.ci95 };
}

const words = (s: string) => ({ fi: s, sv: s, en: s });

afterEach(() => {
  fixtureCleanup();
  sessionStorage.clear();
});

describe('<kohtaamo-survey-console> margins set by keyboard give R’s weighted results on the resident’s screen', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`${lang}: a vendor's 400 interviews and 7 open answers; margins and trimming typed and the results published by keyboard; the published figures are R's to 13 digits and the results widget shows them; axe`, async function (this: { timeout(ms: number): void }) {
      this.timeout(120_000);
      const T = TEXTS[lang];
      const [csv, marginsText, referenceText] = await Promise.all([fixtureText('respondents.csv'), fixtureText('margins.json'), fixtureText('results-reference.json')]);
      const file = JSON.parse(marginsText) as Record<'age_group' | 'sex' | 'area', Record<string, number>>;
      const margins = { age_group: file.age_group, sex: file.sex, area: file.area };
      const reference = (JSON.parse(referenceText) as { survey_version: string; results: { rake_trim: RFigures } }).results.rake_trim;

      // The test's own survey (the fixture's columns as questions) and round, open for the sample and the web.
      const server = createApiClient({ baseUrl: liveApi(), credentials: () => window.KOHTAAMO_TEST_STAFF_TOKEN });
      const api = createSurveyConsoleApi(server);
      const suffix = `${lang}-${Math.random().toString(36).slice(2, 8)}`;
      const surveyId = `r-weighting-${suffix}`;
      const roundId = `r-weighting-round-${suffix}`;
      const options = (variable: 'age_group' | 'sex' | 'area') => Object.keys(margins[variable]).map((value) => ({ value, text: words(value) }));
      const definition = {
        format: 'kohtaamo-survey/1',
        id: surveyId,
        version: 1,
        title: words(`R weighting ${suffix}`),
        pages: [
          {
            id: 'all',
            sections: [
              {
                id: 'columns',
                questions: [
                  { id: 'satisfied', type: 'yes_no', text: words('Satisfied?') },
                  { id: 'recommend', type: 'recommendation', text: words('Recommend?'), minLabel: words('no'), maxLabel: words('yes') },
                  { id: 'enjoy', type: 'rating', text: words('Enjoy?'), min: 1, max: 5, minLabel: words('no'), maxLabel: words('yes') },
                  { id: 'age_group', type: 'single_choice', text: words('Age'), options: options('age_group'), tags: ['demographic'] },
                  { id: 'sex', type: 'single_choice', text: words('Sex'), options: options('sex'), tags: ['demographic'] },
                  { id: 'area', type: 'dropdown', text: words('Area'), options: options('area'), tags: ['demographic'] },
                ],
              },
            ],
          },
        ],
      } as unknown as SurveyDefinition;
      await api.createSurvey(definition);
      await api.createRound(surveyId, { id: roundId, version: 1, title: words(`Round ${suffix}`), modes: ['web', 'import'], year: 2026 });
      await api.setStatus(surveyId, roundId, 'open');
      const column = (name: string) => ({ column: name });
      const report = await api.importFile(surveyId, roundId, {
        csv,
        mapping: {
          respondentId: 'id',
          questions: { satisfied: { column: 'satisfied', codes: { '1': true, '0': false } }, recommend: column('recommend'), enjoy: column('enjoy'), age_group: column('age_group'), sex: column('sex'), area: column('area') },
        },
      });
      expect(report.accepted).to.equal(400);
      // Seven open web answers, all unhappy: kept apart, they must change none of the sample's figures.
      for (let i = 0; i < 7; i++) {
        const sent = await fetch(`${liveApi()}/api/v1/surveys/rounds/${roundId}/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ lang, answers: { satisfied: false, recommend: 0, enjoy: 1, age_group: '18-34', sex: 'male', area: 'centre' } }),
        });
        expect(sent.status).to.equal(201);
      }

      // The analyst, by keyboard: sign in, open the round, the margins tab.
      const el = await fixture<KohtaamoSurveyConsole>(html`<kohtaamo-survey-console api=${liveApi()} lang=${lang}></kohtaamo-survey-console>`);
      await signInByKeyboard(el, window.KOHTAAMO_TEST_STAFF_TOKEN, { ready: (e) => shadow(e).querySelector(`.round-open[data-round="${roundId}"]`), what: 'our round is listed' });
      await tabTo(el, `.round-open[data-round="${roundId}"]`, { max: 400 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#tab-round[aria-selected=true]'), 'the round', { timeout: 8000 });
      await tabTo(el, '#tab-round', { max: 80 });
      await press('ArrowRight');
      await press('ArrowRight');
      await waitUntil(() => shadow(el).querySelector('[id="margin-area-rural"]'), 'the margins tab', { timeout: 8000 });
      expect(focusedIn(el)?.id).to.equal('tab-margins');
      await expect(el).to.be.accessible();
      // Every level's population total typed into its field, in the form's order; then the trimming.
      for (const variable of ['age_group', 'sex', 'area'] as const) {
        for (const [level, total] of Object.entries(margins[variable])) {
          await tabTo(el, `[id="margin-${variable}-${level}"]`, { max: 10 });
          await type(String(total));
        }
      }
      await tabTo(el, '#trim-low', { max: 10 });
      await type('20');
      await tabTo(el, '#trim-high');
      await type('45');
      await tabTo(el, '#margins-save');
      await press('Enter');
      await waitUntil(() => text(el, '.notice.success[role=status]') === T.saved, 'the margins saved', { timeout: 10_000 });
      await expect(el).to.be.accessible();
      expect(el.detail!.margins).to.deep.equal({ method: 'rake', margins, trim: [20, 45] });

      // The results tab (the last): published by keyboard.
      await tabTo(el, '#tab-margins', { backwards: true, max: 80 });
      await press('End');
      await waitUntil(() => shadow(el).querySelector('#results-publish'), 'the results tab', { timeout: 10_000 });
      await tabTo(el, '#results-publish', { max: 80 });
      await press('Enter');
      await waitUntil(() => text(el, '#results-done') === T.published, 'published', { timeout: 15_000 });
      await expect(el).to.be.accessible();

      // The published results, as the resident's widget reads them: R's figures to 13 digits.
      const published = await fetch(`${liveApi()}/api/v1/surveys/rounds/${roundId}/results`);
      expect(published.status).to.equal(200);
      const groups = ((await published.json()) as { groups: Group[] }).groups;
      const sample = groups.find((g) => g.group === 'sample')!;
      const open = groups.find((g) => g.group === 'open')!;
      expect(sample.respondents).to.equal(400);
      expect(sample.weighted).to.equal(true);
      expect(open.respondents).to.equal(7);
      const kinds = { wald: 0, wilson: 0 };
      for (const id of ['satisfied', 'recommend', 'enjoy'] as const) {
        const ours = sample.questions.find((q) => q.question === id)!;
        const r = reference[id];
        expect(ours.n, `${id}: answered`).to.equal(r.shares[0]!.n);
        expect(ours.shares!.map((s) => s.value), `${id}: the answers`).to.deep.equal(r.shares.map((s) => s.value));
        for (const [i, s] of ours.shares!.entries()) {
          const e = r.shares[i]!;
          const { method, interval } = rInterval(e);
          agrees(s.share, e.estimate, `${id}=${e.value} share`);
          expect(s.method, `${id}=${e.value}: the interval's kind`).to.equal(method);
          agrees(s.interval?.[0], interval[0], `${id}=${e.value} lower`);
          agrees(s.interval?.[1], interval[1], `${id}=${e.value} upper`);
          kinds[method]++;
        }
        if (r.mean) {
          agrees(ours.mean?.mean, r.mean.estimate, `${id} mean`);
          agrees(ours.mean?.se, r.mean.se, `${id} mean's standard error`);
          agrees(ours.mean?.ci95?.[0], r.mean.ci95[0], `${id} mean lower`);
          agrees(ours.mean?.ci95?.[1], r.mean.ci95[1], `${id} mean upper`);
        }
      }
      expect(kinds.wald, 'normal intervals compared').to.be.greaterThan(0);
      expect(kinds.wilson, 'Wilson intervals compared').to.be.greaterThan(0);
      // The open answers: counted apart, no interval on any of their figures.
      const openEnjoy = open.questions.find((q) => q.question === 'enjoy')!;
      expect(openEnjoy.n).to.equal(7);
      expect(openEnjoy.shares!.find((s) => s.value === '1')?.share).to.equal(1);
      expect(open.questions.every((q) => (q.shares ?? []).every((s) => s.interval === undefined) && q.mean?.ci95 === undefined)).to.equal(true);

      // The resident's screen: R's figures, rounded as the widget rounds them, each interval in words.
      const results = await fixture<KohtaamoSurveyResults>(html`<kohtaamo-survey-results api=${liveApi()} round=${roundId} lang=${lang}></kohtaamo-survey-results>`);
      await waitUntil(() => shadow(results).querySelector('#q-enjoy-title'), 'the results are shown', { timeout: 15_000 });
      await expect(results).to.be.accessible();
      const tag = lang === 'en' ? 'en-FI' : `${lang}-FI`;
      const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
      const dec = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
      const section = (id: string) => shadow(results).querySelector(`#q-${id}-title`)!.closest('[part="question"]')!;
      for (const id of ['satisfied', 'recommend', 'enjoy'] as const) {
        const cells = [...section(id).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
        expect(cells.map((c) => c[0]), `${id}: the sample's column`).to.deep.equal(
          reference[id].shares.map((s) => {
            const { interval } = rInterval(s);
            return T.interval(pct.format(s.estimate), pct.format(interval[0]), pct.format(interval[1]));
          }),
        );
      }
      const r = reference.enjoy.mean!;
      const meanLine = [...section('enjoy').querySelectorAll('p')].map((p) => p.textContent!.trim()).find((p) => p.startsWith(T.mean));
      expect(meanLine).to.equal(`${T.mean}: ${T.interval(dec.format(r.estimate), dec.format(r.ci95[0]), dec.format(r.ci95[1]))}`);
    });
  }
});
