import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { FEEDBACK_PATHS, generateTrackingCode, newIdempotencyKey, TRACKING_CODE_PATTERN } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-status.js';
import type { KohtaamoFeedbackStatus } from './feedback-status.js';
import { $, clearField, deadApi, focusedIn, liveApi, press, requestsTo, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

/** A demo feedback the server seeds with --demo: handled, with the city's reply. */
const ANSWERED = { code: 'PARK-2025-B', category: { fi: 'Puistot ja viheralueet', sv: 'Parker och grönområden' } };

/** Sends a new feedback straight to the server, as another person's browser would. */
async function newFeedback(): Promise<string> {
  const response = await fetch(`${liveApi()}${FEEDBACK_PATHS.submissions}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': newIdempotencyKey() },
    body: JSON.stringify({ category: 'library', message: 'Lisää lehtiä lukusaliin, kiitos.', lang: 'fi' }),
  });
  expect(response.status).to.equal(201);
  const receipt = (await response.json()) as { trackingCode: string };
  return receipt.trackingCode;
}

const statusElement = (attributes: { lang?: string; api?: string; code?: string } = {}) =>
  fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status
    api=${attributes.api ?? liveApi()}
    lang=${attributes.lang ?? 'fi'}
    code=${attributes.code ?? ''}
  ></kohtaamo-feedback-status>`);

const found = (el: KohtaamoFeedbackStatus) => shadow(el).querySelector('[part="status"]');
const announced = (el: KohtaamoFeedbackStatus) => text(el, '[role=status]');

afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-status>', () => {
  it('renders in Finnish, Swedish and English', async () => {
    const fi = await fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status></kohtaamo-feedback-status>`);
    await expect(fi).to.be.accessible();
    expect(fi.api).to.equal('');
    expect(fi.code).to.equal('');
    expect(text(fi, 'h2')).to.equal('Palautteen tila');
    expect(text(fi, 'label')).to.equal('Seurantatunnus');

    const sv = await statusElement({ lang: 'sv' });
    await expect(sv).to.be.accessible();
    expect(text(sv, 'h2')).to.equal('Responsens status');
    expect(text(sv, 'button[type=submit]')).to.equal('Sök');

    const en = await statusElement({ lang: 'en' });
    await expect(en).to.be.accessible();
    expect(text(en, 'h2')).to.equal('Feedback status');
    expect(text(en, 'label')).to.equal('Tracking code');
  });

  it('looks up a code typed loosely by keyboard and shows the status and the city’s reply', async () => {
    const el = await statusElement();
    await expect(el).to.be.accessible();
    await tabTo(el, 'input[name=code]');
    await type('park 2025 b');
    await press('Enter');

    await waitUntil(() => found(el), 'nothing found');
    expect(text(el, '[part="status"]')).to.equal('Käsitelty');
    expect(text(el, '[part="result"] dl')).to.contain(ANSWERED.category.fi);
    expect(text(el, '[part="reply"]')).to.contain('Kiitos ilmoituksesta!');
    expect(text(el, '[part="reply"]')).to.contain('Vastattu');
    expect($<HTMLInputElement>(el, 'input[name=code]').value).to.equal(ANSWERED.code);
    expect(announced(el)).to.equal('Tila: Käsitelty');
    expect(focusedIn(el)).to.equal($(el, 'input[name=code]'));
    await expect(el).to.be.accessible();
  });

  it('looks a code up at once when it is given by attribute, in the element’s language', async () => {
    const code = await newFeedback();
    expect(code).to.match(TRACKING_CODE_PATTERN);
    const el = await statusElement({ code, lang: 'sv' });
    await expect(el).to.be.accessible();
    await waitUntil(() => found(el), 'nothing found');
    expect(text(el, '[part="status"]')).to.equal('Mottagen');
    expect(text(el, '[part="result"] dl')).to.contain('Bibliotek');
    expect(text(el, '.no-reply')).to.equal('Responsen har inte besvarats ännu.');
    expect(shadow(el).querySelector('[part="reply"]')).to.equal(null);

    // The page hands it another code (e.g. from kohtaamo-feedback-submitted).
    el.code = ANSWERED.code;
    await waitUntil(() => text(el, '[part="result"] dl').includes(ANSWERED.category.sv), 'the new code was not looked up');
    expect(text(el, '[part="status"]')).to.equal('Behandlad');
    await expect(el).to.be.accessible();
  });

  it('says "not found" beside the field for a well-formed code the server does not know', async () => {
    const el = await statusElement();
    await expect(el).to.be.accessible();
    await tabTo(el, 'input[name=code]');
    await type(generateTrackingCode());
    await press('Enter');

    await waitUntil(() => shadow(el).querySelector('#code-error'), 'no error beside the field');
    expect(text(el, '#code-error')).to.equal('Tällä tunnuksella ei löytynyt palautetta.');
    const input = $(el, 'input[name=code]');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('code-error');
    expect(announced(el)).to.equal('Tällä tunnuksella ei löytynyt palautetta.');
    expect(found(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('checks the code before asking the server', async () => {
    const el = await statusElement();
    await expect(el).to.be.accessible();
    await tabTo(el, 'input[name=code]');
    await type('ABCD-1234');
    await tabTo(el, 'button[type=submit]');
    await press('Space');

    await waitUntil(() => shadow(el).querySelector('#code-error'), 'no error beside the field');
    expect(text(el, '#code-error')).to.equal('Tarkista seurantatunnus, esimerkiksi 7K3M-Q9XD-K.');
    expect(announced(el)).to.equal('Tarkista seurantatunnus, esimerkiksi 7K3M-Q9XD-K.');
    expect(requestsTo(`${liveApi()}/api/v1/feedback/ABCD-1234`)).to.equal(0);
    await expect(el).to.be.accessible();

    // Correcting the code and asking again clears the error.
    await tabTo(el, 'input[name=code]', { backwards: true });
    await clearField();
    await type(ANSWERED.code.toLowerCase());
    await press('Enter');
    await waitUntil(() => found(el), 'nothing found after the correction');
    expect(shadow(el).querySelector('#code-error')).to.equal(null);
    expect($(el, 'input[name=code]').getAttribute('aria-invalid')).to.equal('false');
  });

  it('offers a retry when the server cannot be reached', async () => {
    const el = await statusElement({ api: deadApi() });
    await expect(el).to.be.accessible();
    await tabTo(el, 'input[name=code]');
    await type(ANSWERED.code);
    await press('Enter');

    await waitUntil(() => text(el, '.notice').includes('Palvelimeen ei saatu yhteyttä'), 'no message about the connection');
    expect(announced(el)).to.contain('Palvelimeen ei saatu yhteyttä');
    expect(found(el)).to.equal(null);
    await expect(el).to.be.accessible();

    // The connection is back: the resident tries again from the notice.
    el.api = liveApi();
    await tabTo(el, '.notice button');
    await press('Enter');
    await waitUntil(() => found(el), 'nothing found on retry');
    expect(text(el, '[part="status"]')).to.equal('Käsitelty');
  });
});
