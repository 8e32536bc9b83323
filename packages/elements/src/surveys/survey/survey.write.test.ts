// The survey's write side comes later (ADR 0109): the first page draws from its own state, the
// form store with the draft and sending (survey.write.ts) at the first touch, at once when a
// draft is kept, before "next". Real Chromium, the real server's demo round (read only: nothing
// is sent here).
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-survey.js';
import { createApiClient, createSurveysApi, type SurveysApi } from '@kohtaamo/core';
import type { KohtaamoSurvey } from './survey.js';
import { focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

const ROUND = 'heinola-asukaskysely';
const KEY = `kohtaamo-survey:${ROUND}:v1`;
const NETWORK = { fi: 'Palvelimeen ei saatu yhteyttä.', sv: 'Det gick inte att nå servern.', en: 'The server could not be reached.' } as const;
const RETRY = { fi: 'Yritä nyt', sv: 'Försök nu', en: 'Try now' } as const;

type Write = typeof import('./survey.write.js');

/** An import of the write side the test lets through when it says so (or fails, as a lost connection would). */
function heldImport() {
  const calls: { resolve: () => void; reject: () => void }[] = [];
  const load = (): Promise<Write> =>
    new Promise<Write>((resolve, reject) => {
      calls.push({ resolve: () => void import('./survey.write.js').then(resolve), reject: () => reject(new TypeError('Failed to fetch dynamically imported module')) });
    });
  return { calls, load };
}

const open = async (lang: string, importWrite: () => Promise<Write>) => {
  const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang=${lang} .importWrite=${importWrite}></kohtaamo-survey>`);
  await waitUntil(() => shadow(el).querySelector('form'), 'the survey loads', { timeout: 5000 });
  await el.updateComplete;
  return el;
};

const checked = (el: KohtaamoSurvey, name: string) => shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
/** The answers core's store keeps for this tab (personal until the person opts in to the device). */
const keptInTab = (): Record<string, unknown> => (JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as { personal?: Record<string, unknown> }).personal ?? {};

afterEach(() => {
  fixtureCleanup();
  localStorage.clear();
  sessionStorage.clear();
});

describe('<kohtaamo-survey> write side', () => {
  it('draws the first page without the write side; an answer given before it arrives is kept and handed to the store', async () => {
    const held = heldImport();
    const el = await open('fi', held.load);
    expect(held.calls.length).to.equal(0, 'nothing of the write side before a touch');
    expect(text(el, '[part=progress]')).to.match(/1\D+7/);
    expect(localStorage.getItem(KEY)).to.equal(null, 'nothing kept on the device for a person who only looks');
    await expect(el).to.be.accessible();
    // The first touch (a radio focused by Tab) asks for the write side; the answer is given while it is held back.
    await tabTo(el, '#f-overall_satisfaction', { max: 80 });
    expect(held.calls.length).to.equal(1);
    await press('ArrowRight');
    await press('ArrowRight');
    await el.updateComplete;
    expect(checked(el, 'overall_satisfaction')).to.equal('3');
    expect(keptInTab()).to.deep.equal({}, 'no store yet');
    held.calls[0]!.resolve();
    await waitUntil(() => keptInTab()['overall_satisfaction'] === 3, 'the store has the answer given before it came', { timeout: 5000 });
    expect(checked(el, 'overall_satisfaction')).to.equal('3');
    // Next checks the page with the answer: the other required questions are listed, this one not.
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.summary h3'), 'the page is checked', { timeout: 5000 });
    expect(shadow(el).querySelector('[data-field="f-overall_satisfaction"]')?.getAttribute('aria-invalid')).to.equal('false');
    expect(checked(el, 'overall_satisfaction')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`a failed import at the touch shows Retry now, keeps the answers, and Retry now brings the store by keyboard in ${lang}`, async () => {
      const held = heldImport();
      const el = await open(lang, held.load);
      await tabTo(el, '#f-overall_satisfaction', { max: 80 });
      await press('ArrowRight');
      await el.updateComplete;
      held.calls[0]!.reject();
      await waitUntil(() => shadow(el).querySelector('.check-failed'), 'the failure is shown', { timeout: 5000 });
      expect(text(el, '.check-failed')).to.contain(NETWORK[lang]);
      expect(checked(el, 'overall_satisfaction')).to.equal('2', 'the answer is kept');
      await expect(el).to.be.accessible();
      const retry = await tabTo(el, '.check-failed button', { max: 80 });
      expect(retry.textContent?.trim()).to.equal(RETRY[lang]);
      await press('Enter');
      expect(held.calls.length).to.equal(2);
      held.calls[1]!.resolve();
      await waitUntil(() => keptInTab()['overall_satisfaction'] === 2, 'the store has the answer', { timeout: 5000 });
      await el.updateComplete;
      expect(shadow(el).querySelector('.check-failed')).to.equal(null);
      expect(checked(el, 'overall_satisfaction')).to.equal('2');
      await expect(el).to.be.accessible();
    });

    it(`Next while the write side fails says so with the focus, keeps the answer, and checks the page after Retry now in ${lang}`, async () => {
      let attempts = 0;
      let failing = true;
      const el = await open(lang, () => (++attempts, failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('./survey.write.js')));
      // The first touch's import fails (and the answer's try again), then Next's: its notice takes the focus.
      await tabTo(el, '#f-overall_satisfaction', { max: 80 });
      await press('ArrowRight');
      await waitUntil(() => shadow(el).querySelector('.check-failed'), 'the failure at the touch is shown', { timeout: 5000 });
      const before = attempts;
      await tabTo(el, 'button[type=submit]', { max: 120 });
      await press('Enter');
      await waitUntil(() => attempts === before + 1 && focusedIn(el)?.matches('.check-failed'), 'the notice has the focus', { timeout: 5000 });
      expect(checked(el, 'overall_satisfaction')).to.equal('2', 'the answer is kept');
      expect(shadow(el).querySelector('.summary')).to.equal(null);
      failing = false;
      await tabTo(el, '.check-failed button');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.summary h3'), 'the page is checked', { timeout: 5000 });
      expect(attempts).to.equal(before + 2);
      expect(focusedIn(el)?.matches('.summary h3')).to.equal(true);
      expect(checked(el, 'overall_satisfaction')).to.equal('2');
      await expect(el).to.be.accessible();
    });
  }

  it('a first page with a question type the write side draws (choices) brings it with the round, no touch needed', async () => {
    const real = createSurveysApi(createApiClient({ baseUrl: liveApi() }));
    // The real round, its second page (a rating, choices with "other", a short text) put first.
    const api: SurveysApi = {
      ...real,
      round: async (round, signal) => {
        const paper = await real.round(round, signal);
        const [first, second, ...rest] = paper.definition.pages;
        return { ...paper, definition: { ...paper.definition, pages: [second!, first!, ...rest] } };
      },
    };
    let imports = 0;
    const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang="en" .surveysApi=${api} .importWrite=${() => (++imports, import('./survey.write.js'))}></kohtaamo-survey>`);
    await waitUntil(() => shadow(el).querySelector('#f-best_things'), 'the choices are drawn', { timeout: 5000 });
    expect(imports).to.equal(1);
    expect(shadow(el).querySelectorAll('input[type=checkbox][id^="f-best_things"]').length).to.be.greaterThan(2);
    expect(shadow(el).querySelector('input[type=radio][name="live_in_five_years"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a draft kept in this tab loads the write side at once, with its answers', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), personal: { overall_satisfaction: 5 } }));
    let imports = 0;
    const el = await open('fi', () => (++imports, import('./survey.write.js')));
    expect(imports).to.equal(1, 'imported before any touch');
    expect(checked(el, 'overall_satisfaction')).to.equal('5');
  });

  it('a draft kept on the device on a later page opens there at once, no touch needed', async () => {
    localStorage.setItem(KEY, JSON.stringify({ savedAt: Date.now(), draft: { $page: '$review', $seed: 'test' }, pending: null, rememberPersonal: true }));
    let imports = 0;
    const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang="fi" .importWrite=${() => (++imports, import('./survey.write.js'))}></kohtaamo-survey>`);
    await waitUntil(() => text(el, '[part~="page"] h2') === 'Tarkista vastauksesi', 'the review of the kept draft', { timeout: 5000 });
    expect(imports).to.equal(1);
  });
});
