import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createApiClient, createSurveysApi, generateSurveyCode, NetworkError, type SurveysApi } from '@kohtaamo/core';
import '../../define/kohtaamo-survey.js';
import type { KohtaamoSurvey } from './survey.js';
import { $, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

// "Save and continue later" against the real demo server: the answers saved under a resume code,
// then taken back by a new element (a new page: this tab's own copy cleared) with that code.
const ROUND = 'heinola-asukaskysely';
const MATRIX_ROWS = ['early_education', 'schools', 'library', 'sports', 'culture', 'streets', 'parks', 'transport', 'customer_service', 'communication'];

const survey = async (lang: string, api: SurveysApi | null = null) => {
  const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang=${lang} .surveysApi=${api}></kohtaamo-survey>`);
  await waitUntil(() => shadow(el).querySelector('form'), 'the survey loads', { timeout: 5000 });
  await el.updateComplete;
  return el;
};
const pick = async (el: KohtaamoSurvey, id: string, steps = 0) => {
  await tabTo(el, `#${id}`, { max: 80 });
  if (steps === 0) await press('Space');
  for (let i = 0; i < steps; i++) await press('ArrowRight');
  await el.updateComplete;
};
const activate = async (el: KohtaamoSurvey, selector: string) => {
  await tabTo(el, selector, { max: 80 });
  await press('Enter');
  await el.updateComplete;
};
const checked = (el: KohtaamoSurvey, id: string) => [...shadow(el).querySelectorAll<HTMLInputElement>(`[data-field="f-${id}"] input:checked, input#f-${id}:checked`)].map((i) => i.value);
/** A new page: nothing of the answers kept in this tab or on the device. */
const newPage = () => {
  fixtureCleanup();
  localStorage.clear();
  sessionStorage.clear();
};

afterEach(newPage);

const TEXTS = {
  fi: { save: 'Tallenna ja jatka myöhemmin', open: 'Jatka jatkokoodilla', saved: 'Vastauksesi on tallennettu', notFound: 'Jatkokoodilla ei löydy tallennettua luonnosta. Se on voinut vanhentua.', failed: 'Tallennus ei onnistunut', page2: 'Asuminen Heinolassa', restored: 'Jatkat aiemmin aloittamiasi vastauksia.' },
  sv: { save: 'Spara och fortsätt senare', open: 'Fortsätt med en fortsättningskod', saved: 'Dina svar har sparats', notFound: 'Inget sparat utkast hittades med fortsättningskoden. Det kan ha gått ut.', failed: 'Det gick inte att spara', page2: 'Att bo i Heinola', restored: 'Du fortsätter med svar som du har påbörjat tidigare.' },
  en: { save: 'Save and continue later', open: 'Continue with a resume code', saved: 'Your answers have been saved', notFound: 'No saved draft was found with the resume code. It may have expired.', failed: 'Saving failed', page2: 'Living in Heinola', restored: 'You are continuing answers you started earlier.' },
} as const;

describe('<kohtaamo-survey> save and continue later', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`saves on the server by keyboard alone, shows the code with the focus on it, and a new page continues with the code on the same page with the answers back (${lang})`, async () => {
      const T = TEXTS[lang];
      let el = await survey(lang);
      expect(text(el, '#save-later')).to.equal(T.save);
      for (const row of MATRIX_ROWS) await pick(el, `f-service_satisfaction-${row}`);
      await pick(el, 'f-overall_satisfaction', 3);
      await activate(el, 'button[type=submit]');
      expect(text(el, '[part~="page"] h2')).to.equal(T.page2);
      await pick(el, 'f-enjoy_living', 0);

      await activate(el, '#save-later');
      await waitUntil(() => text(el, '#resume-status').includes(T.saved), 'saved', { timeout: 5000 });
      await el.updateComplete;
      await waitUntil(() => focusedIn(el)?.id === 'resume-status', 'the code takes the focus');
      expect($(el, '#resume-status').getAttribute('role')).to.equal('status');
      expect(text(el, '#resume-status')).to.match(/30\D/, 'kept for 30 days');
      const code = text(el, '.resume-code strong');
      expect(getComputedStyle($(el, '.resume-code strong')).letterSpacing).to.not.equal('normal', 'the resume form brought its styles');
      expect(code).to.match(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.$/);
      await expect(el).to.be.accessible();
      const before = { enjoy: checked(el, 'enjoy_living') };
      expect(before.enjoy.length).to.equal(1);

      newPage();
      el = await survey(lang);
      expect(text(el, '[part~="page"] h2')).to.not.equal(T.page2, 'a new page starts from the beginning');
      await activate(el, '#resume-open');
      expect(text(el, '#resume-open')).to.equal(T.open);
      await waitUntil(() => focusedIn(el)?.id === 'resume-code', 'the code field takes the focus');
      await expect(el).to.be.accessible();
      await type(code.toLowerCase());
      await press('Enter');
      await waitUntil(() => text(el, '[part~="page"] h2') === T.page2, 'back on the page the respondent was on', { timeout: 5000 });
      await el.updateComplete;
      expect(focusedIn(el)?.matches('[part~="page"] h2')).to.equal(true);
      expect(text(el, '.resume')).to.contain(T.restored);
      expect(checked(el, 'enjoy_living')).to.deep.equal(before.enjoy);
      await expect(el).to.be.accessible();
      // The first page's answers are back too: Next from page 1 passes.
      await activate(el, '[part=actions] button.secondary');
      await el.updateComplete;
      expect(checked(el, 'overall_satisfaction').length).to.equal(1);
      await activate(el, 'button[type=submit]');
      expect(text(el, '.summary')).to.equal('');
      expect(text(el, '[part~="page"] h2')).to.equal(T.page2);
    });

    it(`shows an unknown code's error by the field, and a lost connection keeps the answers with a retry (${lang})`, async () => {
      const T = TEXTS[lang];
      const real = createSurveysApi(createApiClient({ baseUrl: liveApi() }));
      let down = true;
      const api: SurveysApi = { ...real, saveDraft: (...args) => (down ? Promise.reject(new NetworkError('down')) : real.saveDraft(...args)) };
      const el = await survey(lang, api);
      await activate(el, '#resume-open');
      await type(generateSurveyCode());
      await press('Enter');
      await waitUntil(() => text(el, '#resume-code-error') !== '', 'the error by the field', { timeout: 5000 });
      await el.updateComplete;
      expect(text(el, '#resume-code-error')).to.equal(T.notFound);
      expect($(el, '#resume-code').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#resume-code').getAttribute('aria-describedby')).to.equal('resume-code-error');
      expect(focusedIn(el)?.id).to.equal('resume-code');
      await expect(el).to.be.accessible();

      await pick(el, 'f-overall_satisfaction', 2);
      await activate(el, '#save-later');
      await waitUntil(() => text(el, '#resume-status').includes(T.failed), 'the failure', { timeout: 5000 });
      await el.updateComplete;
      expect(focusedIn(el)?.id).to.equal('resume-status');
      expect(checked(el, 'overall_satisfaction').length).to.equal(1, 'the answers stay');
      await expect(el).to.be.accessible();
      down = false;
      await activate(el, '#resume-status button');
      await waitUntil(() => text(el, '#resume-status').includes(T.saved), 'saved on retry', { timeout: 5000 });
      expect(checked(el, 'overall_satisfaction').length).to.equal(1);
    });
  }
});
