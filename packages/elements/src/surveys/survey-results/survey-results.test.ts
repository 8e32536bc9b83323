import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createApiClient, createSurveyResultsApi, type SurveyResultsApi } from '@kohtaamo/core';
import '../../define/kohtaamo-survey-results.js';
import type { KohtaamoSurveyResults } from './survey-results.js';
import { $, arrowToOption, deadApi, focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

/** The demo seed (--demo): last year's round, closed and published, the year before it published too, and this year's round open. */
const PUBLISHED = 'heinola-asukaskysely-edellinen';
const UNPUBLISHED = 'heinola-asukaskysely';

const results = (lang: string, round = PUBLISHED, api = liveApi(), resultsApi: SurveyResultsApi | null = null) =>
  fixture<KohtaamoSurveyResults>(html`<kohtaamo-survey-results api=${api} round=${round} lang=${lang} .resultsApi=${resultsApi}></kohtaamo-survey-results>`);
const ready = (el: Element) => waitUntil(() => shadow(el).querySelector('table'), 'the results load', { timeout: 10000 });
const status = (el: Element) => waitUntil(() => shadow(el).querySelector('[role=status], [role=alert]') && !/…/.test(text(el, '[role=status]')), 'a final state', { timeout: 10000 });

afterEach(async () => {
  fixtureCleanup();
  await setViewport({ width: 800, height: 600 });
});

const T = {
  fi: { sample: /Otoksessa \d+ vastaajaa/, open: /vastasi avoimesti verkossa.*ei lasketa virhemarginaalia/, words: /95 %:n varmuudella välillä/, notPublished: 'Tämän kyselyn tuloksia ei ole vielä julkaistu.', notFound: 'Kyselyä ei löytynyt.', error: 'Tuloksia ei saatu ladattua', texts: /Julkaistut vastaukset \(\d+\)/, year: 'Vuosi' },
  sv: { sample: /Urvalet har \d+ svarande/, open: /svarade .*öppet på webben.*ingen felmarginal/, words: /med 95 % säkerhet mellan/, notPublished: 'Resultaten av den här enkäten har inte publicerats ännu.', notFound: 'Enkäten hittades inte.', error: 'Resultaten kunde inte laddas', texts: /Publicerade svar \(\d+\)/, year: 'År' },
  en: { sample: /The sample has \d+ respondents/, open: /answered openly on the web.*no margin of error/, words: /with 95% confidence between/, notPublished: 'The results of this survey have not been published yet.', notFound: 'The survey was not found.', error: 'The results could not be loaded', texts: /Published answers \(\d+\)/, year: 'Year' },
} as const;

describe('<kohtaamo-survey-results>', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`shows the sample and the open answers apart, filters by area and compares with the year before, by keyboard alone (${lang})`, async () => {
      const t = T[lang];
      const el = await results(lang);
      await ready(el);
      await expect(el).to.be.accessible();
      expect(text(el, '.facts')).to.match(t.sample).and.to.match(t.open);
      // The sample's figures carry their 95% interval in words; the open answers' column never does.
      const overall = [...shadow(el).querySelectorAll('[part="question"]')].find((s) => s.querySelector('h3')!.id === 'q-overall_satisfaction-title')!;
      const cells = [...overall.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!.trim()));
      expect(cells.some((c) => t.words.test(c[0]!))).to.equal(true);
      expect(cells.every((c) => !/95/.test(c[1]!))).to.equal(true);
      const chart = overall.querySelector('[part="chart"] svg')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.querySelectorAll('rect.bar').length).to.equal(cells.length);
      // Free texts: only what was published.
      expect(text(el, '[part="question"]:has(#q-what_could_i_do-title) h4')).to.match(t.texts);
      expect(shadow(el).querySelectorAll('#q-what_could_i_do-title ~ [part="texts"] li').length).to.equal(6);

      // By keyboard: the group filter to an area, then the year to compare with.
      const group = (await tabTo(el, '#group')) as HTMLSelectElement;
      await arrowToOption(group, 'area=centre');
      await waitUntil(() => !shadow(el).querySelector('.filters ~ [role=status]') && /centre/.test((shadow(el).querySelector('#group') as HTMLSelectElement).value) && shadow(el).querySelector('table'), 'the area’s results', { timeout: 30000 });
      await waitUntil(() => text(el, '.facts') !== '' && !/…/.test(text(el)), 'loaded', { timeout: 10000 });
      expect(focusedIn(el)?.id).to.equal('group');
      const centre = Number(/\d+/.exec(text(el, '.facts li'))![0]);
      expect(centre).to.be.lessThan(150).and.greaterThan(0);
      await expect(el).to.be.accessible();
      const compare = (await tabTo(el, '#compare')) as HTMLSelectElement;
      await arrowToOption(compare, 'heinola-asukaskysely-aiempi');
      await waitUntil(() => shadow(el).querySelectorAll('thead th').length > 0 && [...shadow(el).querySelectorAll('thead th')].some((th) => th.textContent!.startsWith(t.year)), `the comparison column (${compare.value}): ${text(el).slice(0, 300)}`, { timeout: 30000 });
      await expect(el).to.be.accessible();
      // A table scrolls sideways on a narrow screen, so it can be reached by keyboard.
      await tabTo(el, '.table-wrap', { max: 80 });
    });

    it(`says so when the results are not published, the round is unknown, or the server is down; each state accessible (${lang})`, async () => {
      const t = T[lang];
      const loading = await results(lang, PUBLISHED, liveApi(), { paper: () => new Promise(() => undefined) } as unknown as SurveyResultsApi);
      expect(text(loading, '[role=status]')).to.not.equal('');
      await expect(loading).to.be.accessible();
      const unpublished = await results(lang, UNPUBLISHED);
      await status(unpublished);
      expect(text(unpublished, '[role=status]')).to.equal(t.notPublished);
      expect(text(unpublished, 'h2')).to.not.equal('');
      await expect(unpublished).to.be.accessible();
      const unknown = await results(lang, 'ei-tallaista');
      await status(unknown);
      expect(text(unknown, '[role=status]')).to.equal(t.notFound);
      await expect(unknown).to.be.accessible();
      const down = await results(lang, PUBLISHED, deadApi());
      await waitUntil(() => shadow(down).querySelector('[role=alert]'), 'the error', { timeout: 10000 });
      expect(text(down, '[role=alert]')).to.contain(t.error);
      await expect(down).to.be.accessible();
    });
  }

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`"Retry" by keyboard keeps the focus: on the results' heading when they come, on "Retry" when the server is still down; axe in each (${lang})`, async () => {
      const live = createSurveyResultsApi(createApiClient({ baseUrl: liveApi() }));
      let down = 2;
      const api: SurveyResultsApi = {
        ...live,
        paper: (round) => (down-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : live.paper(round)),
      };
      const el = await results(lang, PUBLISHED, liveApi(), api);
      await waitUntil(() => shadow(el).querySelector('[role=alert] button'), 'the error', { timeout: 10000 });
      expect(text(el, '[role=alert]')).to.contain(T[lang].error);
      await expect(el).to.be.accessible();
      // Still down: the notice comes back, and the focus with it.
      await tabTo(el, '[role=alert] button');
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.matches('[role=alert] button'), 'the focus back on Retry', { timeout: 10000 });
      await expect(el).to.be.accessible();
      // Up again: the results, the focus on their heading (not lost to the page with the button).
      await press('Enter');
      await ready(el);
      await waitUntil(() => focusedIn(el)?.localName === 'h2', 'the focus on the heading', { timeout: 10000 });
      expect(shadow(el).querySelector('[role=alert]')).to.equal(null);
      await expect(el).to.be.accessible();
      // From the heading, Tab goes on into the results.
      await press('Tab');
      expect(focusedIn(el)?.id).to.equal('group');
    });
  }

  const MORE = {
    fi: { more: 'Näytä lisää vastauksia', unweighted: 'Otosta ei ole painotettu väestön mukaan' },
    sv: { more: 'Visa fler svar', unweighted: 'Urvalet är inte viktat efter befolkningen' },
    en: { more: 'Show more answers', unweighted: 'The sample is not weighted to the population' },
  } as const;
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`"show more" free texts by keyboard puts the focus on the first text not shown before; an unweighted sample says so; axe in each (${lang})`, async () => {
      const live = createSurveyResultsApi(createApiClient({ baseUrl: liveApi() }));
      // The live round's published texts, and more of them than are first shown (as a busy year would have).
      const api: SurveyResultsApi = {
        ...live,
        texts: async (round) => {
          const t = await live.texts(round);
          const first = t.items.find((x) => x.question === 'what_could_i_do')!;
          return { ...t, items: [...t.items, ...Array.from({ length: 14 }, (_, i) => ({ ...first, id: `${first.id}-${i}`, text: `Voisin auttaa ${i + 1}.` }))] };
        },
        // The sample without margins (as a round whose margins are not set yet).
        results: async (round) => {
          const r = await live.results(round);
          return { ...r, groups: r.groups.map((g) => ({ ...g, weighted: false })) };
        },
      };
      const el = await results(lang, PUBLISHED, liveApi(), api);
      await ready(el);
      expect(text(el, '.facts')).to.contain(MORE[lang].unweighted);
      await expect(el).to.be.accessible();
      const items = () => shadow(el).querySelectorAll('#q-what_could_i_do-title ~ [part="texts"] li');
      expect(items().length).to.equal(10);
      const more = await tabTo(el, '[part="texts"] + button', { max: 200 });
      expect(more.textContent?.trim()).to.equal(MORE[lang].more);
      await press('Enter');
      await el.updateComplete;
      const all = items().length;
      expect(all).to.be.greaterThan(14);
      expect(shadow(el).querySelector('[part="texts"] + button')).to.equal(null);
      // The focus is not lost with the button: it is on the 11th text, from where reading goes on.
      expect(focusedIn(el)).to.equal(items()[10]);
      await expect(el).to.be.accessible();
      // And Tab goes on from there, past the list.
      await press('Tab');
      expect(focusedIn(el)?.closest('[part="texts"]') ?? null).to.equal(null);
    });
  }

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`the texts only a choice shows come at the first choice, not before; a failed load of them says so and "Retry" by keyboard brings the results back; axe in each (${lang})`, async () => {
      const el = document.createElement('kohtaamo-survey-results') as KohtaamoSurveyResults;
      const real = el.loadChoice;
      let loads = 0;
      let fail = true;
      el.loadChoice = () => {
        loads++;
        return fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real();
      };
      el.setAttribute('api', liveApi());
      el.setAttribute('round', PUBLISHED);
      el.setAttribute('lang', lang);
      document.body.append(el);
      try {
        await ready(el);
        expect(loads).to.equal(0);
        await tabTo(el, '#group');
        expect(loads).to.equal(0);
        // The first choice: its part fails to load, which says so as a failed read does.
        await press('ArrowDown');
        await waitUntil(() => shadow(el).querySelector('[role=alert] button'), 'the error', { timeout: 10000 });
        expect(loads).to.equal(1);
        expect(text(el, '[role=alert]')).to.contain(T[lang].error);
        await expect(el).to.be.accessible();
        // "Retry" by keyboard: the results again, the focus on their heading; the next choice loads the part.
        fail = false;
        await tabTo(el, '[role=alert] button');
        await press('Enter');
        await ready(el);
        await waitUntil(() => focusedIn(el)?.localName === 'h2', 'the focus on the heading', { timeout: 10000 });
        const compare = (await tabTo(el, '#compare')) as HTMLSelectElement;
        await arrowToOption(compare, 'heinola-asukaskysely-aiempi');
        await waitUntil(() => [...shadow(el).querySelectorAll('thead th')].some((th) => th.textContent!.startsWith(T[lang].year)), 'the comparison column', { timeout: 30000 });
        expect(loads).to.be.greaterThan(1);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('a group too small to show is suppressed, accessibly', async () => {
    const live = createSurveyResultsApi(createApiClient({ baseUrl: liveApi() }));
    // The live server's breakdown, with one level made small as a village's would be.
    const api: SurveyResultsApi = {
      ...live,
      breakdown: async (round, by) => {
        const b = await live.breakdown(round, by);
        return { ...b, levels: b.levels.map((l) => (l.value === 'lusi' ? { ...l, groups: l.groups.map((g) => ({ ...g, respondents: 3, suppressed: true, questions: [] })) } : l)) };
      },
    };
    const el = await results('fi', PUBLISHED, liveApi(), api);
    await ready(el);
    const group = (await tabTo(el, '#group')) as HTMLSelectElement;
    await arrowToOption(group, 'area=lusi');
    await waitUntil(() => /alle 5 vastaajaa/.test(text(el)), 'suppressed', { timeout: 10000 });
    expect(shadow(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen: nothing past the right edge, the tables scroll in their own box', async () => {
    await setViewport({ width: 320, height: 900 });
    document.body.style.margin = '0';
    const el = await results('fi');
    await ready(el);
    const limit = document.documentElement.clientWidth + 0.5;
    const out: string[] = [];
    const walk = (parent: Element | ShadowRoot) => {
      for (const element of parent.children) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > limit) out.push(`${element.localName}.${element.className} right=${Math.round(box.right)}`);
        if (getComputedStyle(element).overflowX !== 'visible') continue;
        walk(element);
      }
    };
    walk(shadow(el));
    expect(out).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect($(el, '#group').getBoundingClientRect().right).to.be.at.most(320);
    await press('Tab');
  });
});
