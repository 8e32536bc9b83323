import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { REMEMBERED_STORAGE_KEY } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-status.js';
import type { KohtaamoFeedbackStatus } from './feedback-status.js';
import { $, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

// The first view is the field and its button; the lookup and its answer are a lazy part
// (feedback-status.lookup.ts, docs/adr/0085), imported at the first touch or when a code is given.

const announced = (el: KohtaamoFeedbackStatus) => text(el, '[role=status]');

beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:')) localStorage.removeItem(key);
});
afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-status>: the lookup as a lazy part', () => {
  it('draws the field and its button without the lookup part, and imports it at the first focus', async () => {
    const el = await fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status api=${liveApi()} lang="fi"></kohtaamo-feedback-status>`);
    expect(text(el, 'label')).to.equal('Seurantatunnus');
    expect(text(el, 'button[type=submit]')).to.equal('Hae');
    await expect(el).to.be.accessible();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.lookupPart.state, 'imported before anyone touched the widget').to.equal('idle');

    await tabTo(el, 'input[name=code]');
    await waitUntil(() => el.lookupPart.state === 'ready', 'the lookup part was not imported at the first focus');
  });

  it('keeps a code typed and asked for before the part arrives, and looks it up when it does', async () => {
    const el = await fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status api=${liveApi()} lang="en"></kohtaamo-feedback-status>`);
    let release = (): void => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const load = el.lookupPart.load;
    el.lookupPart.load = () => arrived.then(load);

    await tabTo(el, 'input[name=code]');
    await type('park 2025 b');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.loading'), 'no loading notice while the part is on its way');
    expect(announced(el)).to.equal('Loading…');
    expect($(el, 'button[type=submit]').getAttribute('aria-disabled')).to.equal('true');
    expect($<HTMLInputElement>(el, 'input[name=code]').value).to.equal('park 2025 b');
    await expect(el).to.be.accessible();

    release();
    await waitUntil(() => shadow(el).querySelector('[part="status"]'), 'the code asked for was not looked up');
    expect(text(el, '[part="status"]')).to.equal('Done');
    expect($<HTMLInputElement>(el, 'input[name=code]').value).to.equal('PARK-2025-B');
    expect(announced(el)).to.equal('Status: Done');
    await expect(el).to.be.accessible();
  });

  it('says when the part cannot be loaded, keeps the code, and looks it up on "Retry now"', async () => {
    const el = await fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status api=${liveApi()} lang="sv"></kohtaamo-feedback-status>`);
    const load = el.lookupPart.load;
    el.lookupPart.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

    await tabTo(el, 'input[name=code]');
    await type('PARK-2025-B');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.notice button'), 'no retry when the part failed to load');
    expect(text(el, '.notice p')).to.equal('Det gick inte att nå servern. Kontrollera nätverksanslutningen och försök igen.');
    expect(announced(el)).to.equal(text(el, '.notice p'));
    expect(text(el, '.notice button')).to.equal('Försök nu');
    expect($<HTMLInputElement>(el, 'input[name=code]').value).to.equal('PARK-2025-B');
    await expect(el).to.be.accessible();

    el.lookupPart.load = load;
    await tabTo(el, '.notice button');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('[part="status"]'), 'not looked up after the retry');
    expect(text(el, '[part="status"]')).to.equal('Behandlad');
  });

  it('imports the part at once when this device remembers reports sent from it', async () => {
    localStorage.setItem(
      REMEMBERED_STORAGE_KEY,
      JSON.stringify([{ trackingCode: 'PARK-2025-B', createdAt: '2025-05-02T13:45:00.000Z', seenStatus: 'done', seenReplyAt: '2025-05-06T11:30:00.000Z' }]),
    );
    const el = await fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status api=${liveApi()} lang="fi"></kohtaamo-feedback-status>`);
    await waitUntil(() => text(el, '[part="remembered"]').includes('Käsitelty'), 'the remembered reports were not listed', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });
});
