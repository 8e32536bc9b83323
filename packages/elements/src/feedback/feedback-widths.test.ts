// The resident widgets at a small phone's width (320 px), a common phone (390 px) and a desktop
// (1280 px): nothing sticks out sideways (the page never scrolls horizontally), and each still
// works. Issue 8 found the list's filter row 627 px wide and the stats bars 2 px at 390 px.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../define/kohtaamo-feedback-list.js';
import '../define/kohtaamo-feedback-area-map.js';
import '../define/kohtaamo-feedback-stats.js';
import '../define/kohtaamo-feedback-status.js';
import '../define/kohtaamo-feedback-map.js';
import '../define/kohtaamo-feedback-form.js';
import type { KohtaamoFeedbackMap } from './feedback-map/feedback-map.js';
import { $, liveApi, press, shadow, tabTo, text, type } from '../testing/browser-test-helpers.js';

const WIDTHS = [320, 390, 1280] as const;

/** Every element in the host's shadow roots (nested ones too) whose right edge passes the viewport. */
function sticksOut(host: Element): string[] {
  const out: string[] = [];
  const limit = document.documentElement.clientWidth + 0.5;
  // What a box with overflow other than `visible` holds is clipped or scrolls inside it (a
  // map's tiles, a wide table in its own scroller): only the box itself counts.
  const walk = (parent: Element | ShadowRoot) => {
    for (const element of parent.children) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit) out.push(`${element.localName}.${[...element.classList].join('.')}#${element.id} right=${Math.round(box.right)}`);
      if (getComputedStyle(element).overflowX !== 'visible') continue;
      if (element.shadowRoot) walk(element.shadowRoot);
      walk(element);
    }
  };
  walk(shadow(host));
  return out;
}

function noSidewaysScroll(host: Element): void {
  expect(sticksOut(host), 'elements past the right edge').to.deep.equal([]);
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
}

afterEach(async () => {
  fixtureCleanup();
  await setViewport({ width: 800, height: 600 });
});

for (const width of WIDTHS) {
  describe(`at ${width} px`, () => {
    beforeEach(async () => {
      await setViewport({ width, height: 900 });
      document.body.style.margin = '0';
    });

    it('the public list: filters, items and map fit; filtering works by keyboard', async () => {
      const el = await fixture(html`<kohtaamo-feedback-list api=${liveApi()} lang="fi" map></kohtaamo-feedback-list>`);
      await waitUntil(() => /palaute/.test(text(el, '[role=status]')), 'list loaded', { timeout: 5000 });
      const map = $(el, 'kohtaamo-feedback-area-map');
      await waitUntil(() => map.shadowRoot?.querySelector('.leaflet-container'), 'the map loaded when shown', { timeout: 10000 });
      noSidewaysScroll(el);
      const filters = $(el, 'form.filters').getBoundingClientRect();
      expect(filters.width).to.be.at.most(width);
      await tabTo(el, '#status');
      await press('ArrowDown');
      await tabTo(el, 'button[type=submit]');
      await press('Enter');
      await waitUntil(() => /palaute/.test(text(el, '[role=status]')), 'filtered', { timeout: 5000 });
      noSidewaysScroll(el);
    });

    it('the stats: figures and tables fit, and the bars keep their width', async () => {
      const el = await fixture(html`<kohtaamo-feedback-stats api=${liveApi()} lang="en"></kohtaamo-feedback-stats>`);
      await waitUntil(() => shadow(el).querySelector('[part="summary"]'), 'figures', { timeout: 5000 });
      noSidewaysScroll(el);
      const rows = [...shadow(el).querySelectorAll('[aria-labelledby="chart-category"] .row')].map((row) => ({
        track: row.querySelector('.track')!.getBoundingClientRect().width,
        bar: row.querySelector('.bar.secondary')!.getBoundingClientRect().width,
      }));
      expect(rows.length).to.be.greaterThan(0);
      // The longest 90th percentile fills its track, and a track is a usable part of the width
      // (issue 8: 2 px at 390 px).
      expect(Math.max(...rows.map((r) => r.bar / r.track))).to.be.closeTo(1, 0.01);
      expect(Math.min(...rows.map((r) => r.track))).to.be.at.least(Math.min(width, 640) * 0.3);
      // The meter shows the share: its fill is that part of the meter.
      const meter = $(el, '.meter').getBoundingClientRect().width - 2;
      const fill = $(el, '.meter .fill').getBoundingClientRect().width;
      const share = Number.parseFloat(text(el, '.tile:nth-child(2) .big')) / 100;
      expect(fill / meter).to.be.closeTo(share, 0.02);
      await tabTo(el, 'summary');
      await press('Enter');
      await waitUntil(() => $<HTMLDetailsElement>(el, 'details').open, 'tables open');
      // The tables are a lazy part (docs/adr/0097): they must fit once they are here.
      await waitUntil(() => shadow(el).querySelectorAll('table').length === 4, 'tables drawn', { timeout: 5000 });
      noSidewaysScroll(el);
    });

    it('the form fits, with its photo picker and error summary, and is filled in by keyboard', async () => {
      const el = await fixture(html`<kohtaamo-feedback-form id=${`widths-form-${width}-${Date.now()}`} api=${liveApi()} lang="fi"></kohtaamo-feedback-form>`);
      await waitUntil(() => shadow(el).querySelector('select[name=category]:not([disabled])'), 'topics', { timeout: 5000 });
      noSidewaysScroll(el);
      // Sent empty: the error summary and the field errors must fit too.
      await tabTo(el, 'button[type=submit]');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.summary, [part~="summary"], #error-summary'), 'error summary', { timeout: 5000 });
      noSidewaysScroll(el);
      await tabTo(el, 'textarea', { backwards: true, max: 60 });
      await type('Kauppakadun katuvalo on rikki ja vilkkuu koko yön.');
      noSidewaysScroll(el);
    });

    it('the status lookup fits, and finds a report by keyboard', async () => {
      const el = await fixture(html`<kohtaamo-feedback-status api=${liveApi()} lang="sv"></kohtaamo-feedback-status>`);
      noSidewaysScroll(el);
      await tabTo(el, '#code');
      await type('PARK-2025-B');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('[part="status"]'), 'found', { timeout: 5000 });
      noSidewaysScroll(el);
    });

    it('the map fits, loads Leaflet when shown, and pins by keyboard', async () => {
      const el = await fixture<KohtaamoFeedbackMap>(html`<kohtaamo-feedback-map lang="fi" tiles="http://127.0.0.1:9/{z}/{x}/{y}.png"></kohtaamo-feedback-map>`);
      await el.mapReady;
      expect(shadow(el).querySelector('.leaflet-container')).to.exist;
      noSidewaysScroll(el);
      await tabTo(el, '#map');
      await press('Enter');
      await waitUntil(() => el.value !== null, 'pinned');
      noSidewaysScroll(el);
    });
  });
}
