import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../define/kohtaamo-space-figures.js';
import type { KohtaamoSpaceFigures } from './space-figures.js';
import { $, deadApi, focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

afterEach(async () => {
  fixtureCleanup();
  await setViewport({ width: 800, height: 600 });
});

const year = new Date().getFullYear();
const figures = async (lang: string, extra = '') => {
  const el = await fixture<KohtaamoSpaceFigures>(html`<kohtaamo-space-figures api=${liveApi()} lang=${lang} from="${year}-01" months="12" unit=${extra}></kohtaamo-space-figures>`);
  await waitUntil(() => shadow(el).querySelector('[part="totals"], [role="alert"], [role="status"]:not(:empty)') && !text(el, '[role="status"]').match(/Ladataan|laddas|Loading/), 'no figures', { timeout: 10_000 });
  return el;
};

describe('<kohtaamo-space-figures>', () => {
  for (const [lang, m2, places, month] of [
    ['fi', '680 m²', 'Kohtaamispaikkoja', 'Kaavion kuukausi'],
    ['sv', '680 m²', 'Mötesplatser', 'Diagrammets månad'],
    ['en', '680 m²', 'Meeting places', 'Month of the chart'],
  ] as const) {
    it(`shows the m² of open space (leaves only), meeting places and utilisation as charts with tables (${lang})`, async () => {
      const loading = await fixture<KohtaamoSpaceFigures>(html`<kohtaamo-space-figures api=${liveApi()} lang=${lang}></kohtaamo-space-figures>`);
      await expect(loading).to.be.accessible();
      fixtureCleanup();
      const el = await figures(lang);
      const totals = text(el, '[part="totals"]');
      expect(totals).to.contain(m2);
      expect(totals).to.contain(places);
      expect(text(el, '[part="totals"] div:nth-child(2) dd')).to.equal('5', 'the café, the reading hall, two meeting rooms and the HeiMo lounge');
      const charts = shadow(el).querySelectorAll('svg[role="img"]');
      expect(charts.length).to.equal(2);
      for (const chart of charts) expect(chart.getAttribute('aria-labelledby')!.split(' ').every((id) => shadow(el).getElementById(id)?.textContent)).to.equal(true);
      // The tables say the same numbers: the library's open m² and the total.
      expect(text(el, 'tfoot')).to.match(/680/);
      expect(shadow(el).querySelectorAll('table').length).to.equal(2);
      expect(text(el, 'label[for="month"]')).to.equal(month);
      expect($<HTMLAnchorElement>(el, 'a[href*=".csv"]').href).to.contain('/api/v1/booking/figures.csv?');
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`by keyboard (${lang}): the month of the chart changes with the arrow keys; the tables scroll by keyboard`, async () => {
      const el = await figures(lang);
      const before = text(el, '#use-title');
      await tabTo(el, '#month');
      const select = focusedIn(el) as HTMLSelectElement;
      const first = select.value;
      await press(select.selectedIndex > 0 ? 'ArrowUp' : 'ArrowDown');
      await waitUntil(() => text(el, '#use-title') !== before, 'the chart did not follow the month');
      expect(select.value).to.not.equal(first);
      await tabTo(el, '.table-wrap[aria-labelledby="use-caption"]');
      await expect(el).to.be.accessible();
    });
  }

  it('fits a 320 px screen: nothing but the tables\' own scrollers is wider than the screen', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await figures('sv');
    const limit = document.documentElement.clientWidth + 0.5;
    const wide = [...shadow(el).querySelectorAll('.root > *, .part > *, svg, dl')].filter((e) => e.getBoundingClientRect().right > limit).map((e) => e.localName);
    expect(wide).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
  });

  for (const [lang, empty] of [
    ['fi', 'Tiloja ei ole vielä kirjattu.'],
    ['sv', 'Inga lokaler har registrerats ännu.'],
    ['en', 'No spaces have been registered yet.'],
  ] as const) {
    it(`one unit only, a unit with no spaces, and a server that cannot be reached (${lang}), axe in each`, async () => {
      const youth = await figures(lang, 'youth-space');
      expect(text(youth, '[part="totals"]')).to.contain('160 m²');
      await expect(youth).to.be.accessible();
      fixtureCleanup();
      const none = await figures(lang, 'no-such-unit');
      expect(text(none, '[role="status"]')).to.equal(empty);
      await expect(none).to.be.accessible();
      fixtureCleanup();
      const down = await fixture<KohtaamoSpaceFigures>(html`<kohtaamo-space-figures api=${deadApi()} lang=${lang}></kohtaamo-space-figures>`);
      await waitUntil(() => shadow(down).querySelector('[role="alert"]'), 'no error', { timeout: 10_000 });
      await expect(down).to.be.accessible();
    });
  }
});
