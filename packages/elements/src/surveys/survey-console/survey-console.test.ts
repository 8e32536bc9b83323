import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createApiClient, createSurveyConsoleApi, createSurveysApi, heinolaResidentSurveyTemplate, NetworkError, type HttpClient } from '@kohtaamo/core';
import '../../define/kohtaamo-survey-console.js';
import type { KohtaamoSurveyConsole } from './survey-console.js';
import { $, arrowToOption, clearField, deadApi, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { reloadSignedInFailingOnce, signInByKeyboard, type SignedInShows } from '../../testing/staff-console-test-helpers.js';

/** The demo round the test server seeds with --demo (the Heinola resident survey, open, every mode): only read, for the 320 px layout. */
const DEMO_ROUND = 'heinola-asukaskysely';
const MATRIX_ROWS = ['early_education', 'schools', 'library', 'sports', 'culture', 'streets', 'parks', 'transport', 'customer_service', 'communication'];

const TEXTS = {
  fi: { closed: 'Kierros on suljettu.', resultsPublished: 'Tulokset julkaistiin.', published: 'vastaus julkaistiin.', hidden: 'vastaus piilotettiin.', indicatorSaved: 'tallennettiin', signIn: 'Kirjaudu sisään', created: 'luotiin', opened: 'Kierros on avattu vastattavaksi.', issued: 'Luotiin 3 kutsukoodia', rejected: 'Hylättiin 2 riviä; mitään ei tallennettu.', margins: 'Väestöosuudet', results: 'Tulokset', help: 'Avuntarjoukset', helpNone: 'Tällä kierroksella ei ole vielä avuntarjouksia.' },
  sv: { closed: 'Omgången är stängd.', resultsPublished: 'Resultaten publicerades.', published: 'svar publicerades.', hidden: 'svar doldes.', indicatorSaved: 'sparades', signIn: 'Logga in', created: 'skapades', opened: 'Omgången är öppen för svar.', issued: '3 inbjudningskoder skapades', rejected: '2 rader avvisades; ingenting sparades.', margins: 'Befolkningsandelar', results: 'Resultat', help: 'Hjälperbjudanden', helpNone: 'Omgången har ännu inga hjälperbjudanden.' },
  en: { closed: 'The round is closed.', resultsPublished: 'The results were published.', published: 'answer published.', hidden: 'answer hidden.', indicatorSaved: 'was saved', signIn: 'Sign in', created: 'was created', opened: 'The round is open for answers.', issued: '3 invitation codes created', rejected: '2 rows were rejected; nothing was saved.', margins: 'Population margins', results: 'Results', help: 'Help offers', helpNone: 'This round has no help offers yet.' },
} as const;

// Before each test too: a test file run after another console's may find that file's kept token.
beforeEach(() => sessionStorage.clear());
afterEach(() => {
  fixtureCleanup();
  sessionStorage.clear();
});

/** The signed-in console: its surveys listed. */
const SURVEYS: SignedInShows = { ready: (el) => shadow(el).querySelector('.survey'), what: 'the surveys are listed' };

/** The console, signed in by keyboard with the demo administrator's token. */
async function signedIn(lang: string): Promise<KohtaamoSurveyConsole> {
  const el = await fixture<KohtaamoSurveyConsole>(html`<kohtaamo-survey-console api=${liveApi()} lang=${lang} answer-page="/survey.html"></kohtaamo-survey-console>`);
  await el.updateComplete;
  expect(text(el, '#sign-in-title')).to.equal(TEXTS[lang as 'fi'].signIn);
  await expect(el).to.be.accessible();
  await signInByKeyboard(el, window.KOHTAAMO_TEST_STAFF_TOKEN, SURVEYS);
  await el.updateComplete;
  return el;
}

const focused = (el: Element, selector: string) => expect(focusedIn(el)?.matches(selector), `focus on ${selector}, not ${focusedIn(el)?.outerHTML.slice(0, 80)}`).to.equal(true);

/** A vendor's file in the template's own question ids (so the suggested mapping fits), with two bad rows. */
function vendorFile(prefix: string): File {
  const header = ['respondent', 'lang', ...MATRIX_ROWS.map((r) => `service_satisfaction_${r}`), 'overall_satisfaction', 'enjoy_living', 'live_in_five_years', 'recommend_heinola', 'can_influence', 'age_group', 'sex', 'area'];
  const row = (id: string, overall: string, age = '35-54') => [id, 'fi', '4', '4', '5', '3', '4', '2', '4', 'cant_say', '4', '3', overall, '4', 'certainly', '8', '3', age, 'female', 'centre'].join(';');
  const csv = [header.join(';'), row(`${prefix}-1`, '4'), row(`${prefix}-2`, '7'), row(`${prefix}-3`, '3', '99'), row(`${prefix}-4`, '5')].join('\n');
  return new File([csv], 'vendor.csv', { type: 'text/csv' });
}

const SIGN_IN_ERRORS = {
  fi: { required: 'Kirjoita tunniste.', invalid: 'Tunniste ei kelpaa: se on väärä, vanhentunut tai peruttu.' },
  sv: { required: 'Skriv nyckeln.', invalid: 'Nyckeln duger inte: den är fel, har gått ut eller har återkallats.' },
  en: { required: 'Enter the token.', invalid: 'The token is not valid: it is wrong, expired or revoked.' },
} as const;

describe('<kohtaamo-survey-console>', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`${lang}: sign-in errors by the field, by keyboard: no token, a token the server refuses, a server that cannot be reached; axe in each`, async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const E = SIGN_IN_ERRORS[lang];
      const el = await fixture<KohtaamoSurveyConsole>(html`<kohtaamo-survey-console api=${liveApi()} lang=${lang}></kohtaamo-survey-console>`);
      await tabTo(el, '#token');
      await press('Enter');
      await el.updateComplete;
      expect(text(el, '#token-error')).to.equal(E.required);
      focused(el, '#token');
      expect($(el, '#token').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await type('kst_this-token-was-never-issued');
      await press('Enter');
      await waitUntil(() => text(el, '#token-error') === E.invalid, 'the server refuses the token', { timeout: 8000 });
      focused(el, '#token');
      expect(shadow(el).querySelector('.survey')).to.equal(null);
      await expect(el).to.be.accessible();

      const down = await fixture<KohtaamoSurveyConsole>(html`<kohtaamo-survey-console api=${deadApi()} lang=${lang}></kohtaamo-survey-console>`);
      await tabTo(down, '#token');
      await clearField();
      await type(window.KOHTAAMO_TEST_STAFF_TOKEN);
      await press('Enter');
      await waitUntil(() => text(down, '#token-error') !== '', 'the connection fails', { timeout: 8000 });
      expect(text(down, '#token-error')).to.not.equal(E.invalid);
      expect(text(down, '#token-error')).to.not.equal(E.required);
      focused(down, '#token');
      await expect(down).to.be.accessible();
    });

    it(`${lang}: signed in already (a reload): no flash of the sign-in form; the console's part fails to load once, and Retry now loads it; axe`, async function (this: { timeout(ms: number): void }) {
      this.timeout(30_000);
      await reloadSignedInFailingOnce('kohtaamo-survey-console', lang, window.KOHTAAMO_TEST_STAFF_TOKEN, SURVEYS);
    });

    it(`${lang}: by keyboard alone, a survey from the template, a round, opened, invitation tokens shown once with a CSV, closed, and its results published; axe in every state`, async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const T = TEXTS[lang];
      const el = await signedIn(lang);
      await expect(el).to.be.accessible();
      const id = `kc-${lang}-${Date.now().toString(36)}`;

      // Create from the template: the form loads lazily; the focus goes to its heading.
      await tabTo(el, '#new-survey');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#survey-id'), 'the create form', { timeout: 5000 });
      focused(el, '#panel-title');
      await expect(el).to.be.accessible();
      // A bad id: the server's error at its pointer, in the summary, linked to the field.
      await tabTo(el, '#survey-id');
      await type('Not An Id');
      await tabTo(el, '#create-submit');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#form-summary'), 'the error summary', { timeout: 5000 });
      focused(el, '#form-summary');
      expect($(el, '#survey-id').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await tabTo(el, '#form-summary a');
      await press('Enter');
      focused(el, '#survey-id');
      await sendSelectAll();
      await type(id);
      await tabTo(el, '#create-submit');
      await press('Enter');
      // Then the new round's form, prefilled (id, titles, year, the latest version, every mode).
      await waitUntil(() => shadow(el).querySelector('#round-id'), 'the round form', { timeout: 5000 });
      expect(text(el, '[role=status].visually-hidden')).to.contain(T.created);
      focused(el, '#panel-title');
      await expect(el).to.be.accessible();
      await tabTo(el, '#round-submit', { max: 60 });
      await press('Enter');

      // The round opens in the panel as a draft; open it for answers.
      await waitUntil(() => shadow(el).querySelector('#round-open'), 'the round view', { timeout: 5000 });
      focused(el, '#panel-title');
      expect($(el, '#tab-round').getAttribute('aria-selected')).to.equal('true');
      await expect(el).to.be.accessible();
      await tabTo(el, '#round-open', { max: 80 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#round-close'), 'opened', { timeout: 5000 });
      expect(text(el, '[role=status].visually-hidden')).to.equal(T.opened);
      focused(el, '#round-close');

      // Tokens: a wrong count is caught at the field; 3 are issued, listed with links and a CSV.
      await tabTo(el, '#token-count');
      await sendSelectAll();
      await type('0');
      await press('Enter');
      await el.updateComplete;
      focused(el, '#token-count');
      expect(text(el, '#token-count-error')).to.not.equal('');
      await expect(el).to.be.accessible();
      await sendSelectAll();
      await type('3');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#tokens-title'), 'the tokens', { timeout: 5000 });
      focused(el, '#tokens-title');
      expect(text(el, '#tokens-title')).to.equal(T.issued);
      const codes = [...shadow(el).querySelectorAll('.token-list code')].map((c) => c.textContent);
      expect(codes).to.have.length(3);
      for (const code of codes) expect(code).to.match(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=U]$/);
      const link = $(el, '.token-list a').getAttribute('href')!;
      expect(new URL(link).searchParams.get('round')).to.equal(`${id}-${new Date().getFullYear() + 1}`);
      const download = $<HTMLAnchorElement>(el, '#tokens-download');
      const csv = await (await fetch(download.href)).text();
      expect(csv.split('\r\n')[0]).to.equal('token,link');
      expect(csv).to.contain(codes[0]!);
      expect(text(el, '.facts')).to.match(/3\D+0/);
      await expect(el).to.be.accessible();

      // Closed for answers, then its results published on the results tab (the last): each said, focused, axe.
      await tabTo(el, '#round-close', { backwards: true, max: 80 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#round-open'), 'closed', { timeout: 5000 });
      expect(text(el, '[role=status].visually-hidden')).to.equal(T.closed);
      focused(el, '#round-open');
      await expect(el).to.be.accessible();
      const round = `${id}-${new Date().getFullYear() + 1}`;
      expect((await fetch(`${liveApi()}/api/v1/surveys/rounds/${round}/results`)).status).to.equal(404, 'not published yet');
      await tabTo(el, '#tab-round', { backwards: true, max: 80 });
      await press('End');
      await waitUntil(() => shadow(el).querySelector('#results-publish'), 'the results tab', { timeout: 8000 });
      await tabTo(el, '#results-publish', { max: 80 });
      await press('Enter');
      await waitUntil(() => text(el, '#results-done') === T.resultsPublished, 'published', { timeout: 8000 });
      await waitUntil(() => focusedIn(el)?.id === 'results-done', `the notice takes the focus, not ${focusedIn(el)?.outerHTML.slice(0, 80)}`, { timeout: 5000 });
      await expect(el).to.be.accessible();
      // Open data now: the public route serves the round's results.
      expect((await fetch(`${liveApi()}/api/v1/surveys/rounds/${round}/results`)).status).to.equal(200);

      // The help offers tab (before results) of this new round: no offer yet, said in words, no table; axe.
      await tabTo(el, '#tab-results', { backwards: true, max: 80 });
      await press('ArrowLeft');
      await waitUntil(() => text(el, '#tabpanel').includes(T.helpNone), 'the help offers tab says there are none', { timeout: 8000 });
      focused(el, '#tab-help');
      expect(shadow(el).querySelector('table.help-offers')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`${lang}: by keyboard, a vendor's file with bad rows imported with the suggested mapping: every rejected row shown, nothing saved; the margins and results tabs; axe`, async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const T = TEXTS[lang];
      // Its own survey from the template and its own round (the demo round's help offers and
      // counts are the demo page's and other tests'), open for the vendor's file.
      const api = createSurveyConsoleApi(createApiClient({ baseUrl: liveApi(), credentials: () => window.KOHTAAMO_TEST_STAFF_TOKEN }));
      const suffix = `${lang}-${Math.random().toString(36).slice(2, 8)}`;
      const roundId = `import-round-${suffix}`;
      await api.createSurvey({ ...heinolaResidentSurveyTemplate, id: `import-${suffix}` });
      await api.createRound(`import-${suffix}`, { id: roundId, version: 1, title: heinolaResidentSurveyTemplate.title, modes: ['web', 'interviewer', 'import'], year: 2027 });
      await api.setStatus(`import-${suffix}`, roundId, 'open');
      // A resident's offer of help, sent as the survey widget sends it (apart from the answers).
      const helper = `Auttaja ${lang} ${Date.now().toString(36)}`;
      const offered = await fetch(`${liveApi()}/api/v1/surveys/rounds/${roundId}/help-offers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ lang, text: 'Voisin siivota rantaa talkoissa.', name: helper, phone: '040 555 0101', consent: true }),
      });
      expect(offered.status).to.equal(201);
      const el = await signedIn(lang);
      await tabTo(el, `.round-open[data-round="${roundId}"]`, { max: 400 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#tab-round[aria-selected=true]'), 'the round', { timeout: 5000 });
      expect(el.detail!.responses.import).to.equal(0);

      // The tabs: arrow keys move and select; each tab's module loads when first shown.
      await tabTo(el, '#tab-round', { max: 80 });
      await press('ArrowRight');
      await waitUntil(() => shadow(el).querySelector('#import-file'), 'the import tab', { timeout: 5000 });
      focused(el, '#tab-import');
      await expect(el).to.be.accessible();

      // The OS file dialog is not a web page's: the file is given to the input as a person's choice would.
      const input = $<HTMLInputElement>(el, '#import-file');
      const files = new DataTransfer();
      files.items.add(vendorFile(`kc${lang}${Date.now().toString(36)}`));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => ($<HTMLTextAreaElement>(el, '#import-mapping').value.includes('service_satisfaction')), 'the mapping suggested', { timeout: 5000 });
      const mapping = JSON.parse($<HTMLTextAreaElement>(el, '#import-mapping').value);
      expect(mapping.respondentId).to.equal('respondent');
      expect(mapping.questions.service_satisfaction.rows.schools).to.equal('service_satisfaction_schools');

      await tabTo(el, '#import-save');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#import-outcome'), 'the rejected rows', { timeout: 8000 });
      focused(el, '#import-outcome');
      expect(text(el, '#import-outcome')).to.equal(T.rejected);
      const rows = [...shadow(el).querySelectorAll('.rejected tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
      expect(rows.map((r) => r[0])).to.deep.equal(['3', '4']);
      expect(rows[0]![2]).to.equal('overall_satisfaction');
      expect(rows[1]![2]).to.equal('age_group');
      for (const r of rows) expect(r[3]).to.not.equal('');
      await expect(el).to.be.accessible();
      expect(el.detail!.responses.import).to.equal(0);
      expect((await api.round(`import-${suffix}`, roundId)).responses.import, 'nothing of the file on the server').to.equal(0);

      // Margins: the background questions with their population totals.
      await tabTo(el, '#tab-import', { backwards: true, max: 80 });
      await press('ArrowRight');
      await waitUntil(() => shadow(el).querySelector('#margins-save'), 'the margins tab', { timeout: 5000 });
      expect(text(el, '#tab-margins')).to.equal(T.margins);
      expect(shadow(el).querySelector('#margin-sex-female')).to.not.equal(null);
      await expect(el).to.be.accessible();
      await tabTo(el, '#trim-low', { max: 80 });
      await type('5');
      await tabTo(el, '#trim-high');
      await type('1');
      await tabTo(el, '#margins-save');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#form-summary'), 'the trim error', { timeout: 5000 });
      focused(el, '#form-summary');
      await expect(el).to.be.accessible();

      // Results (the last tab): computed now, by group.
      await tabTo(el, '#tab-margins', { backwards: true, max: 80 });
      await press('End');
      await waitUntil(() => shadow(el).querySelector('table.groups'), 'the results tab', { timeout: 8000 });
      expect(text(el, '#tab-results')).to.equal(T.results);
      expect(shadow(el).querySelectorAll('table.groups tbody tr').length).to.be.at.least(1);
      await expect(el).to.be.accessible();

      // Help offers (the tab before results): the offer above with its contact details, and a CSV of them.
      await press('ArrowLeft');
      await waitUntil(() => text(el, 'table.help-offers').includes(helper), 'the help offers tab', { timeout: 8000 });
      focused(el, '#tab-help');
      expect(text(el, '#tab-help')).to.equal(T.help);
      const row = [...shadow(el).querySelectorAll('table.help-offers tbody tr')].find((tr) => tr.textContent!.includes(helper))!;
      expect(row.textContent).to.contain('040 555 0101');
      expect(row.textContent).to.contain('Voisin siivota rantaa talkoissa.');
      const offersCsv = await (await fetch($<HTMLAnchorElement>(el, '#help-download').href)).text();
      expect(offersCsv.split('\r\n')[0]).to.equal('received,name,email,phone,language,offer');
      expect(offersCsv).to.contain(`${helper},,040 555 0101,${lang},Voisin siivota rantaa talkoissa.`);
      await expect(el).to.be.accessible();
    });

    it(`${lang}: by keyboard, free-text answers published and hidden on the moderation API, and a strategy indicator declared and deleted; axe`, async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const T = TEXTS[lang];
      // Its own survey and round with three open answers' free texts waiting: the demo round's
      // texts, which other tests and the demo page read, are left as they are.
      const api = createSurveyConsoleApi(createApiClient({ baseUrl: liveApi(), credentials: () => window.KOHTAAMO_TEST_STAFF_TOKEN }));
      const suffix = `${lang}-${Math.random().toString(36).slice(2, 8)}`;
      const surveyId = `moderation-${suffix}`;
      const roundId = `moderation-round-${suffix}`;
      const words = (text: string) => ({ fi: text, sv: text, en: text });
      await api.createSurvey({
        format: 'kohtaamo-survey/1',
        id: surveyId,
        version: 1,
        title: words(`Moderation ${suffix}`),
        pages: [
          {
            id: 'p1',
            sections: [
              {
                id: 's1',
                questions: [
                  { id: 'overall_satisfaction', type: 'rating', text: words('Overall?'), min: 1, max: 5, minLabel: words('bad'), maxLabel: words('good') },
                  { id: 'what_could_i_do', type: 'long_text', text: words('Mitä minä voisin tehdä Heinolan hyväksi?') },
                ],
              },
            ],
          },
        ],
      });
      await api.createRound(surveyId, { id: roundId, version: 1, title: words(`Round ${suffix}`), modes: ['web'], year: 2027 });
      await api.setStatus(surveyId, roundId, 'open');
      const freeTexts = ['Voisin kitkeä vieraslajeja puistossa.', 'Voisin opastaa kirjaston tietokoneiden käytössä.', 'Voisin järjestää lukupiirin.'];
      for (const [i, free] of freeTexts.entries()) {
        const sent = await fetch(`${liveApi()}/api/v1/surveys/rounds/${roundId}/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ lang, answers: { overall_satisfaction: i + 3, what_could_i_do: free } }),
        });
        expect(sent.status).to.equal(201);
      }
      const el = await signedIn(lang);
      await tabTo(el, `.round-open[data-round="${roundId}"]`, { max: 400 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#tab-round[aria-selected=true]'), 'the round', { timeout: 5000 });
      await tabTo(el, '#tab-round', { max: 80 });
      for (let i = 0; i < 3; i++) await press('ArrowRight');
      focused(el, '#tab-texts');
      await waitUntil(() => shadow(el).querySelector('.text-item'), 'the pending texts', { timeout: 8000 });
      await expect(el).to.be.accessible();
      expect(el.renderRoot.querySelectorAll('.text-item').length, 'the three texts wait').to.equal(3);
      await tabTo(el, '.text-publish', { max: 80 });
      await press('Enter');
      await waitUntil(() => text(el, '[role=status].visually-hidden').endsWith(T.published), 'published', { timeout: 5000 });
      await waitUntil(() => focusedIn(el)?.matches('.text-title, #texts-title'), 'the focus on the next text', { timeout: 3000 });
      await tabTo(el, '.text-hide', { max: 80 });
      await press('Enter');
      await waitUntil(() => text(el, '[role=status].visually-hidden').endsWith(T.hidden), 'hidden', { timeout: 5000 });
      expect(el.renderRoot.querySelectorAll('.text-item').length, 'one text still waits').to.equal(1);
      expect((await api.texts(surveyId, roundId, { state: 'published' })).counts).to.deep.equal({ pending: 1, published: 1, hidden: 1 });
      await expect(el).to.be.accessible();

      // Indicators: a matrix without its row is refused at its field; then a mean of a rating.
      await tabTo(el, '#tab-texts', { backwards: true, max: 200 });
      await press('ArrowRight');
      await waitUntil(() => shadow(el).querySelector('#indicator-save'), 'the indicators tab', { timeout: 8000 });
      await expect(el).to.be.accessible();
      const id = `kc-${lang}-${Date.now().toString(36)}`;
      await tabTo(el, '#ind-id', { max: 80 });
      await type(id);
      for (const l of ['fi', 'sv', 'en']) {
        await tabTo(el, `#ind-label-${l}`);
        await type(`Tyytyväisyys ${l}`);
      }
      await tabTo(el, '#ind-question');
      await arrowToOption($<HTMLSelectElement>(el, '#ind-question'), 'overall_satisfaction');
      await tabTo(el, '#ind-target');
      await type('4');
      await tabTo(el, '#indicator-save');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#indicators-done'), 'saved', { timeout: 5000 });
      focused(el, '#indicators-done');
      expect(text(el, '#indicators-done')).to.contain(T.indicatorSaved);
      expect(text(el, 'table.indicators')).to.contain(id);
      await expect(el).to.be.accessible();
      await tabTo(el, `.indicator-delete[aria-describedby="ind-row-${id}"]`, { backwards: true, max: 80 });
      await press('Enter');
      await waitUntil(() => !text(el, 'table.indicators').includes(id), 'deleted', { timeout: 5000 });
    });
  }

  it('fits 320 px: the list, the round and its tabs scroll only inside their tables', async function (this: { timeout(ms: number): void }) {
    this.timeout(30_000);
    await setViewport({ width: 320, height: 800 });
    document.body.style.margin = '0';
    try {
      const el = await signedIn('fi');
      await tabTo(el, `.round-open[data-round="${DEMO_ROUND}"]`, { max: 200 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#tab-round[aria-selected=true]'), 'the round', { timeout: 5000 });
      for (const tab of ['round', 'import', 'margins', 'texts', 'indicators', 'results']) {
        $(el, `#tab-${tab}`).click();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 300));
        expect(document.documentElement.scrollWidth, `${tab}: the page scrolls sideways`).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
      document.body.style.margin = '';
    }
  });
});

const HELP_FAILED = {
  fi: { network: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.', help: 'Avuntarjoukset' },
  sv: { network: 'Det gick inte att nå servern. Kontrollera nätverksanslutningen och försök igen.', help: 'Hjälperbjudanden' },
  en: { network: 'The server could not be reached. Check your connection and try again.', help: 'Help offers' },
} as const;

describe('<kohtaamo-survey-console> help offers when the server cannot be reached', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`${lang}: the help offers' read fails offline: the error is shown, and "Refresh" by keyboard reads them once the network is back; axe in both`, async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const T = HELP_FAILED[lang];
      // Its own survey and round, opened, with one offer of help: nothing another test reads.
      const server = createApiClient({ baseUrl: liveApi(), credentials: () => window.KOHTAAMO_TEST_STAFF_TOKEN });
      const api = createSurveyConsoleApi(server);
      const suffix = `${lang}-${Math.random().toString(36).slice(2, 8)}`;
      const surveyId = `help-failed-${suffix}`;
      const roundId = `help-failed-round-${suffix}`;
      const words = (text: string) => ({ fi: text, sv: text, en: text });
      await api.createSurvey({
        format: 'kohtaamo-survey/1',
        id: surveyId,
        version: 1,
        title: words(`Help offers ${suffix}`),
        pages: [{ id: 'p1', sections: [{ id: 's1', questions: [{ id: 'offer', type: 'long_text', text: words('Mitä minä voisin tehdä Heinolan hyväksi?'), tags: ['help-offer'] }] }] }],
      });
      await api.createRound(surveyId, { id: roundId, version: 1, title: words(`Round ${suffix}`), modes: ['web'], year: 2027 });
      await api.setStatus(surveyId, roundId, 'open');
      const helper = `Auttaja ${suffix}`;
      await createSurveysApi(server).offerHelp(roundId, { lang, text: 'Voisin lukea ääneen kirjastossa.', name: helper, email: `${suffix}@example.fi`, consent: true });

      // The real server behind a network that drops the help offers' read until the test brings it back.
      let down = true;
      let failedReads = 0;
      const http: HttpClient = {
        request: (path, schema, options) => {
          if (down && path.endsWith('/help-offers')) {
            failedReads++;
            return Promise.reject(new NetworkError('offline'));
          }
          return server.request(path, schema, options);
        },
        blob: (path, options) => server.blob(path, options),
      };
      const el = await fixture<KohtaamoSurveyConsole>(html`<kohtaamo-survey-console lang=${lang} .http=${http}></kohtaamo-survey-console>`);
      await waitUntil(() => shadow(el).querySelector(`.round-open[data-round="${roundId}"]`), 'our round is listed', { timeout: 10_000 });
      await tabTo(el, `.round-open[data-round="${roundId}"]`, { max: 300 });
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#tab-round[aria-selected=true]'), 'the round', { timeout: 5000 });
      await tabTo(el, '#tab-round', { max: 80 });
      await press('End');
      await press('ArrowLeft');
      focused(el, '#tab-help');
      expect(text(el, '#tab-help')).to.equal(T.help);
      await waitUntil(() => shadow(el).querySelector('#help-refresh[aria-disabled="false"]') && text(el, '[role="alert"]') !== '', 'the failure is shown', { timeout: 10_000 });
      expect(failedReads).to.be.at.least(1);
      expect(text(el, '[role="alert"]')).to.equal(T.network);
      expect(shadow(el).querySelector('table.help-offers')).to.equal(null);
      await expect(el).to.be.accessible();

      // The network is back: "Refresh" by keyboard reads the offers, the error goes.
      down = false;
      await tabTo(el, '#help-refresh', { max: 80 });
      await press('Enter');
      await waitUntil(() => text(el, 'table.help-offers').includes(helper), 'the help offers are read again', { timeout: 10_000 });
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(text(el, 'table.help-offers')).to.contain('Voisin lukea ääneen kirjastossa.');
      expect(text(el, 'table.help-offers')).to.contain(`${suffix}@example.fi`);
      focused(el, '#help-refresh');
      await expect(el).to.be.accessible();
    });
  }
});

/** Selects the focused field's text (so typing replaces it), as a person does with Ctrl+A. */
async function sendSelectAll(): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
}
