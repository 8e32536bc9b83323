import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-feedback-list.js';
import '../../define/kohtaamo-feedback-area-map.js';
import type { KohtaamoFeedbackList } from './feedback-list.js';
import { $, arrowToOption, deadApi, focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

const listElement = (attrs: { lang?: string; api?: string; pageSize?: number; bbox?: string } = {}) =>
  fixture<KohtaamoFeedbackList>(html`<kohtaamo-feedback-list
    api=${attrs.api ?? liveApi()}
    lang=${attrs.lang ?? 'fi'}
    page-size=${attrs.pageSize ?? 20}
    bbox=${attrs.bbox ?? ''}
  ></kohtaamo-feedback-list>`);

const items = (el: KohtaamoFeedbackList) => [...shadow(el).querySelectorAll('[part="item"]')];
const codes = (el: KohtaamoFeedbackList) => items(el).map((item) => item.querySelector('[part="tracking-code"]')?.textContent?.trim());
const loaded = (el: KohtaamoFeedbackList) => waitUntil(() => /palaute|respons|feedback|Ei palautteita/.test(text(el, '[role=status]')), 'list loaded', { timeout: 5000 });

afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-list>', () => {
  it('lists published feedback only, with the reply and the response time, never contact details', async () => {
    const el = await listElement();
    await loaded(el);
    await expect(el).to.be.accessible();
    expect(text(el, 'h2')).to.equal('Palautteet ja vastaukset');
    const shown = codes(el);
    expect(shown).to.include('PARK-2025-B');
    expect(shown).not.to.include('T1E0-2025-C'); // waits for moderation
    const park = items(el).find((item) => item.textContent?.includes('PARK-2025-B'))!;
    expect(park.textContent).to.include('Kiitos ilmoituksesta');
    // Fri 2.5.2025 13:45 → Tue 6.5. 11:30 UTC: 3 d 21 h 45 min, 2 working days (Friday is day 0),
    // the same figure the status answer gives.
    expect(park.textContent?.replace(/\s+/g, ' ')).to.include('Vastausaika 3,9 päivää (2 arkipäivää). Tavoiteajassa: 5 arkipäivää.');
    expect(shadow(el).textContent).not.to.include('example.fi');
  });

  it('filters by topic and status with the keyboard, and announces the count', async () => {
    const el = await listElement({ lang: 'en' });
    await loaded(el);
    const category = await tabTo(el, '#category');
    await arrowToOption(category as HTMLSelectElement, 'parks');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => codes(el).length === 1 && codes(el)[0] === 'PARK-2025-B', 'parks only');
    expect(text(el, '[role=status]')).to.equal('1 item of feedback');
    await tabTo(el, '#status', { backwards: true });
    await arrowToOption($<HTMLSelectElement>(el, '#status'), 'open');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => text(el, '[role=status]') === 'No feedback with these filters.', 'none open in parks');
    await expect(el).to.be.accessible();
  });

  it('pages with the keyboard and moves the focus to the results', async () => {
    const el = await listElement({ pageSize: 1, lang: 'sv' });
    await loaded(el);
    expect(items(el).length).to.equal(1);
    const first = codes(el)[0];
    await tabTo(el, 'nav button:not([disabled])');
    expect(text(el, 'nav button:not([disabled])')).to.equal('Nästa sida');
    await press('Enter');
    await waitUntil(() => codes(el)[0] !== first, 'second page');
    await waitUntil(() => focusedIn(el)?.id === 'results-title', 'focus on the results');
    expect(text(el, '#results-title')).to.match(/^Sida 2\/\d+$/);
  });

  it('an area (bbox) limits the list to the reports inside it', async () => {
    const el = await listElement({ bbox: '26.03,61.20,26.035,61.205' });
    await loaded(el);
    expect(codes(el)).to.deep.equal(['PARK-2025-B']);
  });

  it('with a map: markers for the listed reports, and "the area shown on the map" as a filter', async () => {
    const el = await fixture<KohtaamoFeedbackList>(html`<kohtaamo-feedback-list
      api=${liveApi()}
      lang="fi"
      map
      tiles="${deadApi()}/{z}/{x}/{y}.png"
    ></kohtaamo-feedback-list>`);
    await loaded(el);
    const map = $(el, 'kohtaamo-feedback-area-map');
    await waitUntil(() => map.shadowRoot?.querySelector('.tiles-failed'), 'tiles failed, the map still shows markers', { timeout: 5000 });
    await waitUntil(() => (map.shadowRoot?.querySelectorAll('path.leaflet-interactive').length ?? 0) >= 2, 'markers');
    await expect(el).to.be.accessible();
    expect(codes(el)).to.include('K1RJ-2025-7'); // no pin: listed, not on the map
    await tabTo(el, '#area');
    await arrowToOption($<HTMLSelectElement>(el, '#area'), 'map');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => !codes(el).includes('K1RJ-2025-7'), 'only reports inside the area');
    expect(codes(el)).to.include.members(['PARK-2025-B', 'HE1N-2025-A']);
  });

  it('says so when the server cannot be reached, and can retry', async () => {
    const el = await listElement({ api: deadApi() });
    await waitUntil(() => text(el, '[role=status]') === 'Palautteita ei saatu ladattua.', 'error shown', { timeout: 5000 });
    await expect(el).to.be.accessible();
    await tabTo(el, 'button.secondary');
    el.api = liveApi();
    await press('Enter');
    await loaded(el);
    expect(codes(el)).to.include('PARK-2025-B');
  });
});
