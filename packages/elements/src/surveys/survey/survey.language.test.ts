import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createApiClient, createSurveysApi, hasConditions, type SurveyDefinition, type SurveysApi } from '@kohtaamo/core';
import '../../define/kohtaamo-survey.js';
import type { KohtaamoSurvey } from './survey.js';
import { focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

// The conditions' expression language is a lazy part (ADR 0087): imported only when the round's
// definition has a condition, before its first page is drawn (the conditions decide the path).
// Against the real demo server's Heinola round (its first page has a condition), and the same
// round with every condition taken out.
const ROUND = 'heinola-asukaskysely';
const MATRIX_ROWS = ['early_education', 'schools', 'library', 'sports', 'culture', 'streets', 'parks', 'transport', 'customer_service', 'communication'];

afterEach(() => {
  fixtureCleanup();
  localStorage.clear();
  sessionStorage.clear();
});

/** The definition with no `visibleIf`, `requiredIf` nor skip rule left. */
const withoutConditions = (definition: SurveyDefinition): SurveyDefinition => ({
  ...definition,
  pages: definition.pages.map(({ visibleIf: _p, ...page }) => ({
    ...page,
    skip: [],
    sections: page.sections.map(({ visibleIf: _s, ...section }) => ({
      ...section,
      questions: section.questions.map((q) => {
        const { visibleIf: _q, ...rest } = q as typeof q & { requiredIf?: string };
        delete rest.requiredIf;
        return rest as typeof q;
      }),
    })),
  })),
});

const pick = async (el: KohtaamoSurvey, id: string, steps = 0) => {
  await tabTo(el, `#${id}`, { max: 80 });
  if (steps === 0) await press('Space');
  for (let i = 0; i < steps; i++) await press('ArrowRight');
  await el.updateComplete;
};

const TEXTS = {
  fi: { failed: 'Kyselyä ei voitu ladata', retry: 'Yritä nyt', first: 'Kaupungin palvelut' },
  sv: { failed: 'Enkäten kunde inte laddas', retry: 'Försök nu', first: 'Stadens tjänster' },
  en: { failed: 'The survey could not be loaded', retry: 'Try now', first: 'City services' },
} as const;

describe('<kohtaamo-survey> conditions’ language', () => {
  it('a round whose first page has a condition imports the language once, and the condition works', async () => {
    let imports = 0;
    const el = await fixture<KohtaamoSurvey>(
      html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang="fi" .importLanguage=${() => (imports++, import('./survey.language.js'))}></kohtaamo-survey>`,
    );
    await waitUntil(() => shadow(el).querySelector('form'), 'the survey loads', { timeout: 5000 });
    expect(imports).to.equal(1);
    for (const row of MATRIX_ROWS) await pick(el, `f-service_satisfaction-${row}`);
    await pick(el, 'f-overall_satisfaction', 1);
    expect(shadow(el).querySelector('#f-service_improvement')).to.not.equal(null, 'shown for 2 or less');
    await press('ArrowRight');
    await el.updateComplete;
    expect(shadow(el).querySelector('#f-service_improvement')).to.equal(null);
    expect(imports).to.equal(1);
  });

  it('a round without conditions never imports the language, and is answered page by page', async () => {
    const real = createSurveysApi(createApiClient({ baseUrl: liveApi() }));
    const paper = await real.round(ROUND);
    const plain = withoutConditions(paper.definition);
    expect(hasConditions(paper.definition)).to.equal(true);
    expect(hasConditions(plain)).to.equal(false);
    const api: SurveysApi = { ...real, round: async () => ({ ...paper, definition: plain }) };
    let imports = 0;
    const el = await fixture<KohtaamoSurvey>(
      html`<kohtaamo-survey round=${ROUND} lang="en" .surveysApi=${api} .importLanguage=${() => (imports++, import('./survey.language.js'))}></kohtaamo-survey>`,
    );
    await waitUntil(() => shadow(el).querySelector('form'), 'the survey loads', { timeout: 5000 });
    expect(text(el, '[part=progress]')).to.match(new RegExp(`1\\D+${plain.pages.length + 1}`));
    // Without its condition the follow-up question is always shown.
    expect(shadow(el).querySelector('#f-service_improvement')).to.not.equal(null);
    for (const row of MATRIX_ROWS) await pick(el, `f-service_satisfaction-${row}`);
    await pick(el, 'f-overall_satisfaction', 3);
    const first = text(el, '[part~="page"] h2');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => text(el, '[part~="page"] h2') !== first || shadow(el).querySelector('.summary'), 'the page is checked', { timeout: 5000 });
    expect(text(el, '[part=progress]')).to.match(/2\D+/);
    expect(imports).to.equal(0);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`when the language fails to load, the survey says so and loads it again with Retry now by keyboard (${lang})`, async () => {
      const T = TEXTS[lang];
      let attempts = 0;
      const el = await fixture<KohtaamoSurvey>(
        html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang=${lang} .importLanguage=${() => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('./survey.language.js'))}></kohtaamo-survey>`,
      );
      await waitUntil(() => shadow(el).querySelector('.load-failed'), 'the load fails', { timeout: 5000 });
      expect(text(el, '.load-failed')).to.contain(T.failed);
      expect(shadow(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
      const retry = await tabTo(el, '.actions button');
      expect(retry.textContent?.trim()).to.equal(T.retry);
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('form'), 'the survey loads', { timeout: 5000 });
      await waitUntil(() => focusedIn(el)?.matches('[part~="page"] h2'), 'the first page’s heading takes the focus');
      expect(attempts).to.equal(2);
      expect(text(el, '[part~="page"] h2')).to.contain(T.first);
      await expect(el).to.be.accessible();
    });
  }
});
