import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { SIGNALS_PATHS, type FeedbackStats } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-stats.js';
import type { KohtaamoFeedbackStats } from './feedback-stats.js';
import { $, deadApi, focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

const statsElement = (a: { lang?: string; api?: string; from?: string; to?: string; category?: string } = {}) =>
  fixture<KohtaamoFeedbackStats>(html`<kohtaamo-feedback-stats
    api=${a.api ?? liveApi()}
    lang=${a.lang ?? 'fi'}
    from=${a.from ?? ''}
    to=${a.to ?? ''}
    category=${a.category ?? ''}
  ></kohtaamo-feedback-stats>`);

/** The same figures, asked straight from the server. */
async function serverStats(query = ''): Promise<FeedbackStats> {
  const response = await fetch(`${liveApi()}${SIGNALS_PATHS.feedbackStats}${query}`);
  expect(response.status).to.equal(200);
  return (await response.json()) as FeedbackStats;
}

const loaded = (el: KohtaamoFeedbackStats) => waitUntil(() => shadow(el).querySelector('[part="summary"], .empty, .error-notice'), 'the figures never came');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-stats>', () => {
  it('labels what is still open under each figure: not yet answered, not yet finished (issue 8)', async () => {
    const expected = await serverStats();
    const el = await statsElement({ lang: 'en' });
    await loaded(el);
    const tiles = [...shadow(el).querySelectorAll('.tile')].map((tile) => plain(tile.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(tiles[2]).to.match(/^First response /);
    expect(tiles[2]).to.contain(`Not yet answered ${expected.overall.firstResponse.open}`);
    expect(tiles[3]).to.match(/^Handling finished /);
    expect(tiles[3]).to.contain(`Not yet finished ${expected.overall.close.open}`);
    expect(tiles[3]).not.to.contain('Not yet answered');
  });

  it('dates the period the Finnish way in every language, never 9/14/2026 nor ISO (issue 8)', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const el = await statsElement({ lang, from: '2026-03-02', to: '2026-04-30' });
      await loaded(el);
      expect(text(el, '.period'), lang).to.match(/^\S+ 2\.3\.2026–30\.4\.2026$/);
    }
  });

  it('shows the demo’s figures as charts with text, in Finnish', async () => {
    const expected = await serverStats();
    expect(expected.overall.received).to.be.greaterThan(50, 'the demo seeds about 12 weeks of reports');

    const fi = await statsElement();
    await loaded(fi);
    await expect(fi).to.be.accessible();
    expect(text(fi, 'h2')).to.equal('Palautteen vastausajat');
    const tiles = [...shadow(fi).querySelectorAll('.tile')].map((tile) => plain(tile.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(tiles[0]).to.equal(`Saapuneet ${expected.overall.received}`);
    expect(tiles[1]).to.contain('Vastattu tavoiteajassa (5 arkipäivää)');
    expect(tiles[1]).to.contain(`${expected.overall.withinTarget.met}/${expected.overall.withinTarget.met + expected.overall.withinTarget.missed}`);
    expect(tiles[2]).to.contain(`Vastaamatta ${expected.overall.firstResponse.open}`);
    expect(text(fi, '.note')).to.contain(`Vastaamattomat (${expected.overall.firstResponse.open})`);
    // A chart per view: categories, units, weeks, backlog; each bar has a text label beside it.
    expect(shadow(fi).querySelectorAll('[part="chart"]').length).to.equal(4);
    expect(shadow(fi).querySelectorAll('[aria-labelledby="chart-category"] .row').length).to.equal(expected.byCategory.filter((g) => g.firstResponse.count > 0).length);
    expect(shadow(fi).querySelectorAll('[aria-labelledby="chart-unit"] .row').length).to.equal(expected.byUnit.filter((g) => g.firstResponse.count > 0).length);
    expect(text(fi, '#chart-unit')).to.contain('Vastausajat yksiköittäin');
    expect(shadow(fi).querySelectorAll('svg rect.col').length).to.equal(expected.weeks.length * 2);
    expect(text(fi, '.backlog figcaption')).to.equal(`Avoimet palautteet (${expected.backlog.open})`);
  });

  // Apart from the Finnish run: three elements with an axe run each can pass 20 s on a busy machine.
  it('the same in Swedish and English', async () => {
    const expected = await serverStats();
    const sv = await statsElement({ lang: 'sv' });
    await loaded(sv);
    await expect(sv).to.be.accessible();
    expect(text(sv, 'h2')).to.equal('Svarstider för respons');
    expect(text(sv, 'summary')).to.equal('Siffrorna som tabell');

    const en = await statsElement({ lang: 'en' });
    await loaded(en);
    await expect(en).to.be.accessible();
    expect(text(en, 'h2')).to.equal('Feedback response times');
    expect(text(en, '.backlog figcaption')).to.equal(`Open feedback (${expected.backlog.open})`);
  });

  it('opens the tables by keyboard: real tables with captions and headers, the same figures as the server', async () => {
    const expected = await serverStats();
    const el = await statsElement({ lang: 'en' });
    await loaded(el);
    await expect(el).to.be.accessible();
    const details = $<HTMLDetailsElement>(el, 'details');
    expect(details.open).to.equal(false);
    await tabTo(el, 'summary');
    await press('Enter');
    await waitUntil(() => details.open, 'the disclosure did not open');
    // The tables are a part imported when the disclosure is reached for (docs/adr/0097).
    await waitUntil(() => shadow(el).querySelectorAll('table').length === 4, 'the tables did not come');
    await expect(el).to.be.accessible();
    const captions = [...shadow(el).querySelectorAll('table caption')].map((c) => c.textContent?.trim());
    expect(captions).to.deep.equal(['Response times by topic', 'Response times by unit', 'Feedback per week', `Open feedback (${expected.backlog.open})`]);
    const categoryRows = shadow(el).querySelectorAll('table')[0]!.querySelectorAll('tbody tr');
    expect(categoryRows.length).to.equal(expected.byCategory.length);
    const first = expected.byCategory[0]!;
    const cells = [...categoryRows[0]!.children].map((c) => c.textContent?.trim());
    expect(cells[0]).to.equal(first.name.en);
    expect(cells[1]).to.equal(String(first.received));
    expect(cells[4]).to.equal(String(first.firstResponse.open));
    expect(categoryRows[0]!.querySelector('th')?.getAttribute('scope')).to.equal('row');
    const weekRows = shadow(el).querySelectorAll('table')[2]!.querySelectorAll('tbody tr');
    expect(weekRows.length).to.equal(expected.weeks.length);
    expect(focusedIn(el)).to.equal($(el, 'summary'));
    await press('Enter');
    await waitUntil(() => !details.open, 'the disclosure did not close');
  });

  it('follows its attributes: period and category', async () => {
    const expected = await serverStats('?category=streets&from=2025-01-01&to=2026-12-31');
    const el = await statsElement({ lang: 'en', category: 'streets', from: '2025-01-01', to: '2026-12-31' });
    await loaded(el);
    expect(plain(text(el, '.period'))).to.contain('2025');
    expect(text(el, '.tile')).to.equal(`Received ${expected.overall.received}`);
    el.category = 'parks';
    const parks = await serverStats('?category=parks&from=2025-01-01&to=2026-12-31');
    await waitUntil(() => text(el, '.tile') === `Received ${parks.overall.received}`, 'did not follow the category');
    el.from = '2019-01-01';
    el.to = '2019-01-31';
    await waitUntil(() => text(el, '.empty') === 'No feedback arrived in this period.', 'no empty state');
    await expect(el).to.be.accessible();
  });

  it('sizes every bar by its figure through the CSSOM, and again for a new period', async () => {
    /** Each bar's width as a share of its track, beside the share its figure gives it. */
    const shares = (el: KohtaamoFeedbackStats) =>
      [...shadow(el).querySelectorAll<HTMLElement>('[part="bar"]')].map((bar) => ({
        drawn: bar.getBoundingClientRect().width / bar.parentElement!.getBoundingClientRect().width,
        figure: Number.parseFloat(bar.dataset['size']!) / 100,
        set: bar.style.getPropertyValue('--_kohtaamo-size'),
      }));
    const expected = await serverStats();
    const el = await statsElement({ lang: 'en' });
    await loaded(el);
    const backlog = [...shadow(el).querySelectorAll<HTMLElement>('.backlog .bar')];
    const most = Math.max(...expected.backlog.buckets.map((b) => b.count));
    expect(backlog.map((bar) => bar.dataset['size'])).to.deep.equal(expected.backlog.buckets.map((b) => `${((b.count / most) * 100).toFixed(1)}%`));
    const first = shares(el);
    expect(first.length).to.be.greaterThan(4);
    for (const bar of first) {
      expect(bar.set).to.equal(`${(bar.figure * 100).toFixed(1)}%`);
      expect(bar.drawn).to.be.closeTo(bar.figure, 0.02);
    }
    expect(first.some((bar) => bar.figure < 0.9), 'not every bar full').to.equal(true);

    // Another period: the same bars are drawn again with their new figures.
    el.category = 'streets';
    const streets = await serverStats('?category=streets');
    await waitUntil(() => text(el, '.tile') === `Received ${streets.overall.received}` && !shadow(el).querySelector('[aria-busy="true"]'), 'did not follow the category');
    await el.updateComplete;
    for (const bar of shares(el)) expect(bar.drawn).to.be.closeTo(bar.figure, 0.02);
  });

  it('a wrong period: the server’s reason is shown', async () => {
    const el = await statsElement({ lang: 'en', from: '2026-05-01', to: '2026-04-01' });
    await loaded(el);
    expect(text(el, '.error-notice p')).to.equal('The end date cannot be before the start date.');
    await expect(el).to.be.accessible();
  });

  it('server not reachable: says so, and retries by keyboard', async () => {
    const el = await statsElement({ api: deadApi(), lang: 'en' });
    await loaded(el);
    await expect(el).to.be.accessible();
    expect(text(el, '.error-notice p')).to.contain('The figures could not be loaded.');
    expect(text(el, '[role=status]')).to.equal('The figures could not be loaded.');
    el.api = liveApi();
    // Pointing at the live server re-runs by itself; the button also works from the keyboard.
    await waitUntil(() => shadow(el).querySelector('[part="summary"]'), 'no figures from the live server');
    el.api = deadApi();
    await waitUntil(() => shadow(el).querySelector('.error-notice'), 'no error again');
    const button = await tabTo(el, 'button');
    expect(button.textContent?.trim()).to.equal('Try again');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.error-notice'), 'the retry failed differently');
  });
});

describe('<kohtaamo-feedback-stats>: the tables as a lazy part (docs/adr/0097)', () => {
  it('draws the figures without the tables part, and imports it when the disclosure is reached for', async () => {
    const el = await statsElement({ lang: 'sv' });
    const load = el.loadTables;
    let imports = 0;
    el.loadTables = () => {
      imports += 1;
      return load();
    };
    await loaded(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(imports, 'imported before anyone reached for the tables').to.equal(0);
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(text(el, 'summary')).to.equal('Siffrorna som tabell');

    await tabTo(el, 'summary');
    expect(imports, 'not imported at the focus of the disclosure').to.equal(1);
    await press('Enter');
    await waitUntil(() => shadow(el).querySelectorAll('table').length === 4, 'the tables did not come');
    expect(imports).to.equal(1);
    expect(text(el, 'table caption')).to.equal('Svarstider per ämne');
    // Its own rules came with it: the figures' cells align to the end.
    expect(getComputedStyle($(el, 'table td')).textAlign).to.equal('end');
    await expect(el).to.be.accessible();
  });

  it('says when the tables cannot be loaded, and loads them on "Retry now" by keyboard', async () => {
    const el = await statsElement({ lang: 'fi' });
    await loaded(el);
    const load = el.loadTables;
    el.loadTables = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await tabTo(el, 'summary');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('details .error-notice button'), 'no retry when the tables part failed to load');
    expect(text(el, 'details .error-notice p')).to.equal('Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.');
    expect(text(el, 'details .error-notice button')).to.equal('Yritä nyt');
    await expect(el).to.be.accessible();

    el.loadTables = load;
    await tabTo(el, 'details .error-notice button');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelectorAll('table').length === 4, 'the tables did not come after the retry');
    expect(text(el, 'table caption')).to.equal('Vastausajat aiheittain');
    await expect(el).to.be.accessible();
  });
});
