import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createApiClient, createSurveysApi, NetworkError, type SurveysApi } from '@kohtaamo/core';
import '../../define/kohtaamo-survey.js';
import type { KohtaamoSurvey } from './survey.js';
import { $, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

/** The demo round the test server seeds with --demo (the Heinola resident survey, open, every mode). */
const ROUND = 'heinola-asukaskysely';
const MATRIX_ROWS = ['early_education', 'schools', 'library', 'sports', 'culture', 'streets', 'parks', 'transport', 'customer_service', 'communication'];

const survey = async (lang: string, api: SurveysApi | null = null) => {
  const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang=${lang} .surveysApi=${api}></kohtaamo-survey>`);
  await waitUntil(() => shadow(el).querySelector('form'), 'the survey loads', { timeout: 5000 });
  await el.updateComplete;
  return el;
};

const heading = (el: KohtaamoSurvey) => text(el, '[part~="page"] h2');
/**
 * Presses the form's submit button: on a page "Next", waited for until the page is checked (the
 * checks' module may still be on its way): it moved on, or says what to fix, or that the checks
 * did not load. On the review "Send".
 */
const next = async (el: KohtaamoSurvey) => {
  const before = heading(el);
  const onPage = !shadow(el).querySelector('.review');
  await tabTo(el, 'button[type=submit]');
  await press('Enter');
  if (onPage) await waitUntil(() => heading(el) !== before || shadow(el).querySelector('.summary, .check-failed'), 'the page is checked', { timeout: 5000 });
  await el.updateComplete;
};
/** Focuses a radio group's first radio by Tab and picks the option `steps` further with the arrow keys (Space for the first). */
const pick = async (el: KohtaamoSurvey, id: string, steps = 0) => {
  await tabTo(el, `#${id}`, { max: 80 });
  if (steps === 0) await press('Space');
  for (let i = 0; i < steps; i++) await press('ArrowRight');
  await el.updateComplete;
};

afterEach(() => {
  fixtureCleanup();
  localStorage.clear();
  sessionStorage.clear();
});

const TEXTS = {
  fi: {
    tooMany: 'Valitse enintään 3.', otherRequired: 'Kerro, mitä tarkoitat kohdalla ”Muu”.', number: 'Kirjoita luku, esimerkiksi 12.', tooLarge: 'Luku saa olla enintään 110.',
    next: 'Seuraava', first: 'Kaupungin palvelut', review: 'Tarkista vastauksesi', sent: 'Kiitos! Vastauksesi on vastaanotettu.', errors: 'Sivulla on 2 korjattavaa kohtaa:', required: 'Vastaa tähän kysymykseen.',
    name: 'Tämä tieto on pakollinen.', contact: 'Anna sähköpostiosoite tai puhelinnumero.', consent: 'Anna lupa ottaa sinuun yhteyttä, jotta voimme tallentaa tarjouksesi.',
    phone: 'Tarkista puhelinnumero: vain numeroita, esimerkiksi 040 123 4567.', received: 'Kiitos! Tarjouksesi on tallennettu, ja kaupunki ottaa sinuun yhteyttä.', notSaved: 'Tarjoustasi ei tallennettu.', network: 'Palvelimeen ei saatu yhteyttä.', retry: 'Yritä nyt',
  },
  sv: {
    tooMany: 'Välj högst 3.', otherRequired: 'Berätta vad du menar med ”Annat”.', number: 'Skriv ett tal, till exempel 12.', tooLarge: 'Talet får vara högst 110.',
    next: 'Nästa', first: 'Stadens tjänster', review: 'Granska dina svar', sent: 'Tack! Dina svar har tagits emot.', errors: 'Sidan har 2 saker att rätta:', required: 'Svara på den här frågan.',
    name: 'Denna uppgift är obligatorisk.', contact: 'Ange en e-postadress eller ett telefonnummer.', consent: 'Ge ditt samtycke till att vi kontaktar dig, så att vi kan spara ditt erbjudande.',
    phone: 'Kontrollera telefonnumret: bara siffror, till exempel 040 123 4567.', received: 'Tack! Ditt erbjudande har sparats, och staden kontaktar dig.', notSaved: 'Ditt erbjudande sparades inte.', network: 'Det gick inte att nå servern.', retry: 'Försök nu',
  },
  en: {
    tooMany: 'Choose at most 3.', otherRequired: 'Tell us what you mean by “Other”.', number: 'Enter a number, for example 12.', tooLarge: 'The number must be at most 110.',
    next: 'Next', first: 'City services', review: 'Check your answers', sent: 'Thank you! Your answers have been received.', errors: 'The page has 2 things to fix:', required: 'Please answer this question.',
    name: 'This information is required.', contact: 'Give an email address or a phone number.', consent: 'Please agree that we may contact you, so that we can save your offer.',
    phone: 'Check the phone number: digits only, for example 040 123 4567.', received: 'Thank you! Your offer has been saved, and the city will contact you.', notSaved: 'Your offer was not saved.', network: 'The server could not be reached.', retry: 'Try now',
  },
} as const;

/** A complete draft of the template kept on the device, standing on the review: the element opens there. */
const seedReviewDraft = () => {
  const draft = {
    $page: '$review',
    $seed: 'test',
    service_satisfaction: { early_education: 4, schools: 4, library: 5, sports: 3, culture: 4, streets: 2, parks: 4, transport: 'cant_say', customer_service: 4, communication: 3 },
    overall_satisfaction: 4,
    enjoy_living: 5,
    best_things: ['nature', 'services'],
    live_in_five_years: 'certainly',
    recommend_heinola: 9,
    can_influence: 3,
    what_could_i_do: 'Voisin auttaa kirjaston lukupiirissä.',
    wants_contact: true,
    age_group: '35-54',
    sex: 'female',
    area: 'centre',
  };
  localStorage.setItem(`kohtaamo-survey:${ROUND}:v1`, JSON.stringify({ savedAt: Date.now(), draft, pending: null, rememberPersonal: true }));
};

describe('<kohtaamo-survey>', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`is answered by keyboard alone in ${lang}: errors and summary, every page, review, sent only on the server's receipt, then a help offer`, async () => {
      const T = TEXTS[lang];
      const el = await survey(lang);
      await expect(el).to.be.accessible();
      expect(text(el, 'button[type=submit]')).to.equal(T.next);
      expect(heading(el)).to.contain(T.first);
      expect(text(el, '[part=progress]')).to.match(/1\D+7/);

      // Next without answers: the summary lists every required field and takes the focus.
      await next(el);
      expect(text(el, '.summary h3')).to.equal(T.errors);
      expect(focusedIn(el)?.matches('.summary h3')).to.equal(true);
      expect(text(el, '#f-overall_satisfaction-error') || text(el, '[data-field="f-overall_satisfaction"] .error')).to.contain(T.required);
      await expect(el).to.be.accessible();
      // A summary link takes the focus to its field.
      await tabTo(el, '.summary a');
      await press('Enter');
      // The matrix's rows are shuffled per respondent (randomize): the focus is on its first row's first choice.
      expect(focusedIn(el)?.closest('[data-field]')?.getAttribute('data-field')).to.equal('f-service_satisfaction');

      for (const row of MATRIX_ROWS) await pick(el, `f-service_satisfaction-${row}`, row === 'transport' ? 0 : 0);
      await pick(el, 'f-overall_satisfaction', 3);
      await next(el);
      expect(text(el, '.summary')).to.equal('');
      expect(text(el, '[part=progress]')).to.match(/2\D+7/);
      expect(focusedIn(el)?.matches('[part~="page"] h2')).to.equal(true, 'the new page’s heading has the focus');
      await expect(el).to.be.accessible();

      // living
      await pick(el, 'f-enjoy_living', 0);
      await pick(el, 'f-live_in_five_years', 0);
      // "Choose up to three" (multiple choice, min 1 and max 3, "other, please specify"): four chosen
      // by Space is one too many, said by the field, and nothing is lost.
      const box = (i: number) => (i === 0 ? '#f-best_things' : `#f-best_things-${i}`);
      for (const i of [0, 1, 2, 3]) {
        await tabTo(el, box(i), { max: 80 });
        await press('Space');
      }
      await el.updateComplete;
      await next(el);
      expect(text(el, '#f-best_things-error')).to.equal(T.tooMany);
      expect(text(el, '.summary')).to.contain(T.tooMany);
      expect([0, 1, 2, 3].map((i) => ($(el, box(i)) as HTMLInputElement).checked)).to.deep.equal([true, true, true, true]);
      await expect(el).to.be.accessible();
      // Two fewer, and "other" (after the shuffled options) without saying what: asked for by its own field.
      for (const i of [2, 3, 8]) {
        await tabTo(el, box(i), { max: 80 });
        await press('Space');
      }
      await el.updateComplete;
      expect(shadow(el).querySelector('#f-best_things-other-text')).to.not.equal(null);
      await next(el);
      expect(text(el, '#f-best_things-other-error')).to.equal(T.otherRequired);
      expect(text(el, '#f-best_things-error')).to.equal('');
      await expect(el).to.be.accessible();
      await tabTo(el, '#f-best_things-other-text', { max: 80 });
      await type('Jokivarsi');
      await el.updateComplete;
      await next(el);
      // recommend: 8 shows no follow-up
      await pick(el, 'f-recommend_heinola', 8);
      expect(shadow(el).querySelector('#f-recommend_why')).to.equal(null);
      await next(el);
      // participation
      await pick(el, 'f-can_influence', 0);
      await tabTo(el, '#f-priorities');
      await press('Enter');
      await el.updateComplete;
      await next(el);
      expect(text(el, '.summary')).to.contain('3', 'three options are to be ranked');
      await tabTo(el, '#f-priorities');
      await press('Enter');
      await el.updateComplete;
      await tabTo(el, '#f-priorities');
      await press('Enter');
      await el.updateComplete;
      await next(el);
      // for Heinola: the open question, then the contact question appears (a condition)
      expect(shadow(el).querySelector('#f-wants_contact')).to.equal(null);
      await tabTo(el, '#f-what_could_i_do');
      await type('Voisin auttaa kirjastossa.');
      await el.updateComplete;
      await pick(el, 'f-wants_contact', 0);
      await next(el);
      // background
      await pick(el, 'f-age_group', 1);
      await pick(el, 'f-sex', 0);
      await tabTo(el, '#f-area');
      await press('ArrowDown');
      await el.updateComplete;
      // A number (whole years, 0-110): words, then too many years, each said by the field; what was typed stays.
      await tabTo(el, '#f-years_in_heinola');
      await type('kauan');
      await next(el);
      expect(text(el, '#f-years_in_heinola-error')).to.equal(T.number);
      expect(($(el, '#f-years_in_heinola') as HTMLInputElement).value).to.equal('kauan');
      await expect(el).to.be.accessible();
      await tabTo(el, '#f-years_in_heinola', { max: 80 });
      for (let i = 0; i < 5; i++) await press('Backspace');
      await type('200');
      await next(el);
      expect(text(el, '#f-years_in_heinola-error')).to.equal(T.tooLarge);
      await tabTo(el, '#f-years_in_heinola', { max: 80 });
      for (let i = 0; i < 3; i++) await press('Backspace');
      await type('12');
      await next(el);

      await waitUntil(() => heading(el) === T.review, 'the review (a lazy module) is shown');
      expect(focusedIn(el)?.matches('[part~="page"] h2')).to.equal(true, 'the review’s heading has the focus');
      expect(text(el, '.review')).to.contain('Voisin auttaa kirjastossa.');
      expect(text(el, '.review')).to.contain('Jokivarsi');
      expect(text(el, '.review')).to.contain('12');
      expect(getComputedStyle(shadow(el).querySelector('.review dl')!).display).to.equal('grid', 'the review brought its styles');
      await expect(el).to.be.accessible();
      const sent = new Promise((resolve) => el.addEventListener('kohtaamo-survey-submitted', resolve, { once: true }));
      await next(el);
      await sent;
      await waitUntil(() => text(el, '[part=notice]') === T.sent, 'sent', { timeout: 5000 });
      await el.updateComplete;
      await expect(el).to.be.accessible();

      // The help offer, apart from the answers. Sent empty: the name and a contact are missing, by their fields.
      await tabTo(el, '.help button[type=submit]');
      await press('Enter');
      await el.updateComplete;
      expect(focusedIn(el)?.id).to.equal('help-name');
      expect(text(el, '#help-name-error')).to.equal(T.name);
      expect(text(el, '#help-email-error')).to.equal(T.contact);
      expect(text(el, '#help-consent-error')).to.equal(T.consent);
      await expect(el).to.be.accessible();
      await type('Maija Meikäläinen');
      await tabTo(el, '#help-email');
      await type('maija@example.fi');
      // A phone number the server's schema refuses (the widget does not check its form).
      await tabTo(el, '#help-phone');
      await type('abc');
      await tabTo(el, '.help button[type=submit]');
      await press('Enter');
      await el.updateComplete;
      // Consent is still missing: nothing was sent, the focus is on the box.
      expect(focusedIn(el)?.id).to.equal('help-consent');
      expect(text(el, '#help-consent-error')).to.equal(T.consent);
      expect(text(el, '#help-email-error')).to.equal('');
      await press('Space');
      await tabTo(el, '.help button[type=submit]');
      await press('Enter');
      // The server refuses the phone number: its error by the field, in this language, what was typed kept.
      await waitUntil(() => text(el, '#help-phone-error') !== '', 'the server refuses the phone number', { timeout: 5000 });
      expect(text(el, '#help-phone-error')).to.equal(T.phone);
      expect(focusedIn(el)?.id).to.equal('help-phone');
      expect(($(el, '#help-name') as HTMLInputElement).value).to.equal('Maija Meikäläinen');
      expect(($(el, '#help-consent') as HTMLInputElement).checked).to.equal(true);
      await expect(el).to.be.accessible();
      for (let i = 0; i < 3; i++) await press('Backspace');
      await type('040 123 4567');
      await tabTo(el, '.help button[type=submit]');
      await press('Enter');
      await waitUntil(() => !shadow(el).querySelector('.help'), 'the offer is received', { timeout: 5000 });
      expect(text(el, '.help-received')).to.equal(T.received);
      expect(focusedIn(el)?.matches('.help-received')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it(`when the review's module fails to load, says so and loads it again by keyboard in ${lang}`, async () => {
      const T = TEXTS[lang];
      seedReviewDraft();
      let attempts = 0;
      const el = await fixture<KohtaamoSurvey>(
        html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang=${lang} .importReview=${() => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('./survey.review.js'))}></kohtaamo-survey>`,
      );
      await waitUntil(() => shadow(el).querySelector('.review-failed'), 'the failure is shown', { timeout: 5000 });
      expect(text(el, '.review-failed')).to.contain(T.network);
      expect(shadow(el).querySelector('.review')).to.equal(null);
      await expect(el).to.be.accessible();
      const retry = await tabTo(el, '.review-failed button');
      expect(retry.textContent?.trim()).to.equal(T.retry);
      await press('Enter');
      await waitUntil(() => heading(el) === T.review, 'the review is shown');
      expect(attempts).to.equal(2);
      expect(focusedIn(el)?.matches('[part~="page"] h2')).to.equal(true, 'the review’s heading has the focus');
      expect(text(el, '.review')).to.contain('Voisin auttaa kirjaston lukupiirissä.');
      await expect(el).to.be.accessible();
    });

    it(`when the answer checks fail to load, Next says so, keeps the answers and checks the page after Retry now by keyboard in ${lang}`, async () => {
      const T = TEXTS[lang];
      let attempts = 0;
      const el = await fixture<KohtaamoSurvey>(
        html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang=${lang} .importCheck=${() => (++attempts <= 2 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : import('./survey.check.js'))}></kohtaamo-survey>`,
      );
      await waitUntil(() => shadow(el).querySelector('form'), 'the survey loads', { timeout: 5000 });
      // The first page shows without the checks; its prefetch fails (attempt 1), and so does Next's (attempt 2).
      await waitUntil(() => attempts >= 1, 'the checks were prefetched', { timeout: 5000 });
      const first = heading(el);
      await pick(el, 'f-overall_satisfaction', 3);
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="overall_satisfaction"]:checked')?.value).to.equal('4');
      await next(el);
      expect(attempts).to.equal(2);
      expect(text(el, '.check-failed')).to.contain(T.network);
      expect(focusedIn(el)?.matches('.check-failed')).to.equal(true, 'the notice has the focus');
      expect(heading(el)).to.equal(first);
      expect(shadow(el).querySelector('.summary')).to.equal(null);
      await expect(el).to.be.accessible();
      const retry = await tabTo(el, '.check-failed button');
      expect(retry.textContent?.trim()).to.equal(T.retry);
      await press('Enter');
      // Checked now: the page's unanswered required questions are listed, the answer given is kept.
      await waitUntil(() => shadow(el).querySelector('.summary h3'), 'the page is checked');
      expect(attempts).to.equal(3);
      expect(shadow(el).querySelector('.check-failed')).to.equal(null);
      expect(text(el, '.summary')).to.contain(T.required);
      expect(focusedIn(el)?.matches('.summary h3')).to.equal(true);
      expect(shadow(el).querySelector<HTMLInputElement>('input[name="overall_satisfaction"]:checked')?.value).to.equal('4', 'the answer given is kept');
      await expect(el).to.be.accessible();
    });

    it(`a help offer the server refuses as a whole is kept and sent again by keyboard in ${lang}`, async () => {
      const T = TEXTS[lang];
      seedReviewDraft();
      const real = createSurveysApi(createApiClient({ baseUrl: liveApi() }));
      let offers = 0;
      // The first offer goes to a round the server does not know (a real 404 problem), the next to the right one.
      const api: SurveysApi = { ...real, offerHelp: (round, body) => real.offerHelp(++offers === 1 ? 'no-such-round' : round, body) };
      const el = await survey(lang, api);
      await waitUntil(() => heading(el) === T.review, 'the review');
      await tabTo(el, '.review button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.help'), 'sent, the help offer asked', { timeout: 5000 });
      const name = `Ville ${lang} ${Date.now()}`;
      await tabTo(el, '#help-name');
      await type(name);
      await tabTo(el, '#help-phone');
      await type('040 123 4567');
      await tabTo(el, '#help-consent');
      await press('Space');
      await tabTo(el, '.help button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.help-problem'), 'refused', { timeout: 5000 });
      expect(text(el, '.help-problem')).to.contain(T.notSaved);
      expect(focusedIn(el)?.matches('.help-problem')).to.equal(true);
      expect(($(el, '#help-name') as HTMLInputElement).value).to.equal(name);
      await expect(el).to.be.accessible();
      await tabTo(el, '.help button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.help-received'), 'received', { timeout: 5000 });
      expect(offers).to.equal(2);
      // Stored apart from the anonymous answers, for the city: the round's help offers (staff).
      const listed = (await (await fetch(`${liveApi()}/api/v1/staff/surveys/heinola-resident-survey/rounds/${ROUND}/help-offers`, { headers: { Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` } })).json()) as { items: { name: string; phone: string | null; text: string }[] };
      const mine = listed.items.find((o) => o.name === name);
      expect(mine?.phone).to.equal('040 123 4567');
      expect(mine?.text).to.equal('Voisin auttaa kirjaston lukupiirissä.');
    });
  }

  const WAIT = {
    fi: { loading: 'Ladataan…', sending: 'Lähetetään…' },
    sv: { loading: 'Laddar…', sending: 'Skickar…' },
    en: { loading: 'Loading…', sending: 'Sending…' },
  } as const;
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`loading and sending are said in words and accessible; a help offer sent without a connection is kept and sent again by keyboard (${lang})`, async () => {
      const T = TEXTS[lang];
      const real = createSurveysApi(createApiClient({ baseUrl: liveApi() }));
      // Loading: the round is on its way.
      const loading = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey round=${ROUND} lang=${lang} .surveysApi=${{ ...real, round: () => new Promise(() => undefined) } as SurveysApi}></kohtaamo-survey>`);
      expect(text(loading, '[part=notice][role=status]')).to.equal(WAIT[lang].loading);
      await expect(loading).to.be.accessible();

      // Sending: the server has not answered yet; nothing says "sent", Send says it is sending.
      seedReviewDraft();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let down = true;
      const api: SurveysApi = {
        ...real,
        respond: async (...args) => {
          await held;
          return real.respond(...args);
        },
        offerHelp: (...args) => (down ? Promise.reject(new NetworkError('down')) : real.offerHelp(...args)),
      };
      const el = await survey(lang, api);
      await waitUntil(() => heading(el) === T.review, 'the review');
      await tabTo(el, '.review button[type=submit]');
      await press('Enter');
      await waitUntil(() => text(el, '.review button[type=submit]') === WAIT[lang].sending, 'sending', { timeout: 5000 });
      expect($(el, '.review button[type=submit]').getAttribute('aria-disabled')).to.equal('true');
      expect(text(el, '.root')).to.not.contain(T.sent);
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => shadow(el).querySelector('.help'), 'sent, the help offer asked', { timeout: 5000 });

      // The offer without a connection: said above Send, with the focus; what was typed is kept; Send again sends it.
      const name = `Liisa ${lang} ${Date.now()}`;
      await tabTo(el, '#help-name');
      await type(name);
      await tabTo(el, '#help-phone');
      await type('040 123 4567');
      await tabTo(el, '#help-consent');
      await press('Space');
      await tabTo(el, '.help button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.help-problem'), 'the network error', { timeout: 5000 });
      expect(text(el, '.help-problem')).to.contain(T.network);
      expect(focusedIn(el)?.matches('.help-problem')).to.equal(true);
      expect(($(el, '#help-name') as HTMLInputElement).value).to.equal(name);
      expect(($(el, '#help-consent') as HTMLInputElement).checked).to.equal(true);
      await expect(el).to.be.accessible();
      down = false;
      await tabTo(el, '.help button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.help-received'), 'received', { timeout: 5000 });
      expect(text(el, '.help-received')).to.equal(T.received);
    });
  }

  const INVITED = {
    fi: 'Kutsukoodi ei kelpaa tai se on jo käytetty.',
    sv: 'Inbjudningskoden gäller inte eller har redan använts.',
    en: 'The invitation code is not valid or has been used already.',
  } as const;
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`an invitation link's code sends once, recorded as an invitation; the same code again is refused in words, the answers kept (keyboard, ${lang})`, async () => {
      const T = TEXTS[lang];
      const issued = await fetch(`${liveApi()}/api/v1/staff/surveys/heinola-resident-survey/rounds/${ROUND}/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${window.KOHTAAMO_TEST_STAFF_TOKEN}` },
        body: JSON.stringify({ count: 1 }),
      });
      expect(issued.status).to.equal(201);
      const [token] = ((await issued.json()) as { tokens: string[] }).tokens;
      const invited = async () => {
        seedReviewDraft();
        const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang=${lang} token=${token!}></kohtaamo-survey>`);
        await waitUntil(() => heading(el) === T.review, 'the review', { timeout: 5000 });
        const submitted = new Promise<string>((resolve) => el.addEventListener('kohtaamo-survey-submitted', (e) => resolve(e.receipt.mode), { once: true }));
        await tabTo(el, '.review button[type=submit]');
        await press('Enter');
        return { el, submitted };
      };
      const { el: first, submitted } = await invited();
      expect(await submitted).to.equal('invitation');
      await waitUntil(() => text(first, '[part=notice]') === T.sent, 'sent', { timeout: 5000 });
      fixtureCleanup();
      // The letter's link opened again: the code is used up.
      const { el: again } = await invited();
      await waitUntil(() => text(again, '.review').includes(INVITED[lang]), `refused, not "${text(again, '.review').slice(0, 200)}"`, { timeout: 5000 });
      expect(text(again, '.root')).to.not.contain(T.sent);
      expect(text(again, '.review')).to.contain('Voisin auttaa kirjaston lukupiirissä.');
      await expect(again).to.be.accessible();
    });
  }

  const INTERVIEW = {
    fi: { review: 'Tarkista vastauksesi', respondent: 'Vastaajan tunnus', saved: (id: string) => `Haastattelu ${id} on tallennettu.`, next: 'Seuraava vastaaja' },
    sv: { review: 'Granska dina svar', respondent: 'Respondentens kod', saved: (id: string) => `Intervjun ${id} har sparats.`, next: 'Nästa respondent' },
    en: { review: 'Check your answers', respondent: 'Respondent id', saved: (id: string) => `Interview ${id} has been saved.`, next: 'Next respondent' },
  } as const;
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`interviewer mode: the respondent id is needed before sending, the interview is saved, and the next respondent starts empty (keyboard, ${lang})`, async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const I = INTERVIEW[lang];
      const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang=${lang} mode="interviewer" .staffToken=${window.KOHTAAMO_TEST_STAFF_TOKEN}></kohtaamo-survey>`);
      await waitUntil(() => shadow(el).querySelector('form'), 'loads', { timeout: 5000 });
      await expect(el).to.be.accessible();
      for (const row of MATRIX_ROWS) await pick(el, `f-service_satisfaction-${row}`);
      await pick(el, 'f-overall_satisfaction', 2);
      await next(el);
      await pick(el, 'f-enjoy_living');
      await pick(el, 'f-live_in_five_years');
      await next(el);
      await pick(el, 'f-recommend_heinola', 10);
      await next(el);
      await pick(el, 'f-can_influence');
      await next(el);
      await next(el);
      await pick(el, 'f-age_group', 2);
      await pick(el, 'f-sex', 1);
      await tabTo(el, '#f-area');
      await press('ArrowDown');
      await next(el);
      await waitUntil(() => heading(el) === I.review, 'the review (a lazy module) is shown');
      await next(el);
      await el.updateComplete;
      expect(text(el, '.summary')).to.contain(I.respondent);
      expect(focusedIn(el)?.matches('.summary h3')).to.equal(true);
      await expect(el).to.be.accessible();
      await tabTo(el, '#respondent-id', { backwards: true, max: 80 });
      const id = `TEL-${lang}-${Date.now()}`;
      await type(id);
      await next(el);
      await waitUntil(() => text(el, '[part=notice]').includes(id), 'saved', { timeout: 5000 });
      expect(text(el, '[part=notice] p')).to.equal(I.saved(id));
      await expect(el).to.be.accessible();
      const nextRespondent = await tabTo(el, '[part=notice] button');
      expect(nextRespondent.textContent?.trim()).to.equal(I.next);
      await press('Enter');
      await el.updateComplete;
      expect(focusedIn(el)?.id).to.equal('respondent-id');
      expect(($(el, '#respondent-id') as HTMLInputElement).value).to.equal('');
      expect(text(el, '[part=progress]')).to.match(/1\D+7/);
    });
  }

  it('interviewer mode without a staffToken: refused in words until a staff page of this tab has signed in, then sent with that sign-in', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    sessionStorage.removeItem('kohtaamo-staff-token');
    try {
      const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang="fi" mode="interviewer"></kohtaamo-survey>`);
      await waitUntil(() => shadow(el).querySelector('#respondent-id'), 'loads', { timeout: 5000 });
      await tabTo(el, '#respondent-id');
      const id = `TEL-tab-${Date.now()}`;
      await type(id);
      for (const row of MATRIX_ROWS) await pick(el, `f-service_satisfaction-${row}`);
      await pick(el, 'f-overall_satisfaction', 2);
      await next(el);
      await pick(el, 'f-enjoy_living');
      await pick(el, 'f-live_in_five_years');
      await next(el);
      await pick(el, 'f-recommend_heinola', 10);
      await next(el);
      await pick(el, 'f-can_influence');
      await next(el);
      await next(el);
      await pick(el, 'f-age_group', 2);
      await pick(el, 'f-sex', 1);
      await tabTo(el, '#f-area');
      await press('ArrowDown');
      await next(el);
      await waitUntil(() => heading(el) === 'Tarkista vastauksesi', 'the review (a lazy module) is shown');
      await next(el);
      // Not signed in: the server's refusal in words (not its code), and the answers kept.
      await waitUntil(() => text(el, '[part~=page] [role=alert]') !== '', 'the refusal', { timeout: 5000 });
      expect(text(el, '[part~=page] [role=alert]')).to.equal('Kirjaudu ensin henkilöstön sivulla tunnisteella, jolla on kyselyn haastattelijan oikeus; vastaukset pysyvät tässä.');
      await expect(el).to.be.accessible();
      // Signed in on a staff page of this tab: the same review sends.
      sessionStorage.setItem('kohtaamo-staff-token', window.KOHTAAMO_TEST_STAFF_TOKEN);
      await next(el);
      await waitUntil(() => text(el, '[part=notice]').includes(id), `saved, not "${text(el, '[part~=page]').slice(0, 200)}"`, { timeout: 5000 });
      expect(text(el, '[part=notice] p')).to.equal(`Haastattelu ${id} on tallennettu.`);
    } finally {
      sessionStorage.removeItem('kohtaamo-staff-token');
    }
  });

  it('fits a 320 px screen: the first page (the matrix) and the review, nothing past the right edge but what scrolls in its own box', async () => {
    await setViewport({ width: 320, height: 900 });
    document.body.style.margin = '0';
    try {
      const limit = () => document.documentElement.clientWidth + 0.5;
      const outside = (el: KohtaamoSurvey) => {
        const out: string[] = [];
        const walk = (parent: Element | ShadowRoot) => {
          for (const element of parent.children) {
            const box = element.getBoundingClientRect();
            if (box.width > 0 && box.right > limit()) out.push(`${element.localName}.${element.className} right=${Math.round(box.right)}`);
            if (getComputedStyle(element).overflowX !== 'visible') continue;
            walk(element);
          }
        };
        walk(shadow(el));
        return out;
      };
      const el = await survey('fi');
      expect(outside(el)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      fixtureCleanup();
      seedReviewDraft();
      const review = await survey('sv');
      await waitUntil(() => heading(review) === TEXTS.sv.review, 'the review');
      expect(outside(review)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
      document.body.style.margin = '';
    }
  });

  it('changing an answer re-evaluates only its conditions: a follow-up appears and goes', async () => {
    const el = await survey('fi');
    for (const row of MATRIX_ROWS) await pick(el, `f-service_satisfaction-${row}`);
    await pick(el, 'f-overall_satisfaction', 1);
    expect(shadow(el).querySelector('#f-service_improvement')).to.not.equal(null, 'shown for 2 or less');
    await press('ArrowRight');
    await el.updateComplete;
    expect(shadow(el).querySelector('#f-service_improvement')).to.equal(null);
  });

  it('nothing is “sent” before the server confirms: a lost connection waits and keeps the answers', async () => {
    const real = createSurveysApi(createApiClient({ baseUrl: liveApi() }));
    const api: SurveysApi = { ...real, respond: () => Promise.reject(new NetworkError('down')) };
    const el = await survey('en', api);
    // Straight to the review with a complete draft.
    const store = (el as unknown as { ['_store']?: unknown }) && null;
    void store;
    for (const row of MATRIX_ROWS) await pick(el, `f-service_satisfaction-${row}`);
    await pick(el, 'f-overall_satisfaction', 3);
    await next(el);
    await pick(el, 'f-enjoy_living');
    await pick(el, 'f-live_in_five_years');
    await next(el);
    await pick(el, 'f-recommend_heinola', 5);
    await next(el);
    await pick(el, 'f-can_influence');
    for (let i = 0; i < 3; i++) {
      await tabTo(el, '#f-priorities');
      await press('Enter');
      await el.updateComplete;
    }
    await next(el);
    await next(el);
    await pick(el, 'f-age_group');
    await pick(el, 'f-sex');
    await tabTo(el, '#f-area');
    await press('ArrowDown');
    await next(el);
    await waitUntil(() => heading(el) === 'Check your answers', 'the review (a lazy module) is shown');
    await next(el);
    await waitUntil(() => text(el, '[part=notice]').includes('connection'), 'waiting notice', { timeout: 5000 });
    expect(text(el, '.root')).to.not.contain('Thank you');
    await expect(el).to.be.accessible();
    // The answers are still there: back to the last page.
    expect(text(el, '.review')).to.contain('18–34');
  });

  it('shows a closed notice for an unknown round and keeps the one-per-browser marker', async () => {
    const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round="no-such-round" lang="sv"></kohtaamo-survey>`);
    await waitUntil(() => text(el, '[part=notice]') !== 'Laddar…' && text(el, '[part=notice]') !== '', 'failed', { timeout: 5000 });
    expect(text(el, '[part=notice]')).to.equal('Enkäten kunde inte laddas. Försök igen senare.');
    await expect(el).to.be.accessible();
    const paper = await createSurveysApi(createApiClient({ baseUrl: liveApi() })).round(ROUND);
    const once: SurveysApi = { ...createSurveysApi(createApiClient({ baseUrl: liveApi() })), round: async () => ({ ...paper, round: { ...paper.round, webLimit: 'one-per-browser' } }) };
    localStorage.setItem(`kohtaamo-survey-answered:${ROUND}`, '1');
    const answered = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey round=${ROUND} lang="en" .surveysApi=${once}></kohtaamo-survey>`);
    await waitUntil(() => text(answered, '[part=notice]').includes('already'), 'already answered', { timeout: 5000 });
    await expect(answered).to.be.accessible();
    const closed: SurveysApi = { ...once, round: async () => ({ ...paper, round: { ...paper.round, status: 'closed' } }) };
    const late = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey round=${ROUND} lang="fi" .surveysApi=${closed}></kohtaamo-survey>`);
    await waitUntil(() => text(late, '[part=notice]') === 'Tämä kysely ei ole nyt avoinna.', 'closed', { timeout: 5000 });
    await expect(late).to.be.accessible();
    void $;
  });
});
