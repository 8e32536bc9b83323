import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { TRACKING_CODE_PATTERN } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-form.js';
import type { KohtaamoFeedbackForm } from './feedback-form.js';
import { $, arrowToOption, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

declare global {
  interface Window {
    /** An API key the test server issued with `kohtaamo-server admin api-key issue`. */
    KOHTAAMO_TEST_OPEN311_KEY: string;
  }
}

/**
 * The form pointed at an Open311 GeoReport v2 endpoint (protocol="open311"): here the REAL
 * Kohtaamo server's /open311/v2, talked to only through Open311, as another city's would be.
 */
const open311Api = () => `${liveApi()}/open311/v2`;
let count = 0;

async function open311Form(apiKey: string): Promise<KohtaamoFeedbackForm> {
  return fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form
    id=${`open311-${Date.now()}-${count++}`}
    protocol="open311"
    api=${open311Api()}
    .apiKey=${apiKey}
    lang="fi"
  ></kohtaamo-feedback-form>`);
}

async function fillAndSend(el: KohtaamoFeedbackForm, message: string): Promise<void> {
  await waitUntil(() => {
    const select = shadow(el).querySelector<HTMLSelectElement>('select[name=category]');
    return select && !select.disabled;
  }, 'the services did not load over Open311');
  const select = (await tabTo(el, 'select[name=category]')) as HTMLSelectElement;
  await arrowToOption(select, 'parks');
  await tabTo(el, 'textarea[name=message]');
  await type(message);
  await tabTo(el, 'input[name=address]');
  await type('Kirkkopuisto');
  await tabTo(el, 'button[type=submit]');
  await press('Enter');
}

afterEach(() => {
  fixtureCleanup();
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:')) localStorage.removeItem(key);
});

describe('<kohtaamo-feedback-form protocol="open311">', () => {
  it('lists the Open311 services, sends by keyboard and shows the service_request_id as the tracking code', async () => {
    const el = await open311Form(window.KOHTAAMO_TEST_OPEN311_KEY);
    await expect(el).to.be.accessible();
    expect(el.protocol).to.equal('open311');
    expect(el.apiKey).to.equal(window.KOHTAAMO_TEST_OPEN311_KEY);
    await fillAndSend(el, 'Leikkipuiston keinu on rikki (Open311).');
    await waitUntil(() => shadow(el).querySelector('[part="tracking-code"]'), 'no tracking code after sending', { timeout: 5000 });
    await expect(el).to.be.accessible();
    const code = text(el, '[part="tracking-code"]');
    expect(code).to.match(TRACKING_CODE_PATTERN);
    // The request is there, read back over Open311.
    const response = await fetch(`${open311Api()}/requests/${code}.json?extensions=true`);
    expect(response.status).to.equal(200);
    const [request] = (await response.json()) as { service_code: string; status: string }[];
    expect(request!.service_code).to.equal('parks');
    expect(request!.status).to.equal('open');
  });

  it('an api-key attribute in the markup is not taken: the key is a property only', async () => {
    const el = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form
      protocol="open311"
      api=${open311Api()}
      api-key=${window.KOHTAAMO_TEST_OPEN311_KEY}
      lang="fi"
    ></kohtaamo-feedback-form>`);
    expect(el.apiKey).to.equal('');
    el.apiKey = 'set-from-script';
    await el.updateComplete;
    expect(el.getAttribute('api-key')).to.equal(window.KOHTAAMO_TEST_OPEN311_KEY, 'nothing reflected either');
  });

  it('without an API key the server’s refusal is shown, and the text is kept', async () => {
    const el = await open311Form('');
    await fillAndSend(el, 'Tämä ei lähde ilman avainta.');
    await waitUntil(() => shadow(el).querySelector('#problem'), 'no error shown', { timeout: 5000 });
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector('[part="tracking-code"]')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal('Tämä ei lähde ilman avainta.');
  });
});
