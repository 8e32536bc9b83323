import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-budget-results.js';
import type { KohtaamoBudgetResults } from './budget-results.js';
import { liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';
import { demoRound, publishedRound } from '../budgeting-test-support.js';

afterEach(() => fixtureCleanup());

const results = (round: string, lang = 'fi') =>
  fixture<KohtaamoBudgetResults>(html`<kohtaamo-budget-results api=${liveApi()} round=${round} lang=${lang}></kohtaamo-budget-results>`);
const ready = (el: Element) => waitUntil(() => shadow(el).querySelector('table'), 'no results table', { timeout: 8000 });
/** Opens the first budget's "why" disclosure by keyboard; resolves with its explanations, one per project. */
async function explain(el: Element): Promise<string[]> {
  await tabTo(el, '.why summary');
  await press('Enter');
  await waitUntil(() => shadow(el).querySelector('.why-list li'), 'no explanations', { timeout: 8000 });
  return [...shadow(el).querySelectorAll('.why-list li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

describe('<kohtaamo-budget-results>', () => {
  let greedy: Awaited<ReturnType<typeof publishedRound>>;
  let mes: Awaited<ReturnType<typeof publishedRound>>;
  before(async () => {
    greedy = await publishedRound('greedy');
    mes = await publishedRound('mes');
  });

  it('shows winners, votes, costs, the budget spent and why each project won or lost (greedy, fi)', async () => {
    const el = await results(greedy.round);
    await ready(el);
    await expect(el).to.be.accessible();
    // Votes: skate park 3, reading corner 1, disc golf 2, benches 1; greedy by votes in 100 000 €.
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.contain('Skeittipuisto keskustaan').and.to.contain('Valittiin');
    expect(rows[1]).to.contain('Frisbeegolfrata').and.to.contain('Valittiin');
    expect(rows.find((r) => r.includes('Lukunurkkaus'))).to.contain('Ei valittu');
    expect(text(el, '.facts')).to.contain('5 äänestäjää, joista tyhjää äänesti 1.');
    expect(text(el, '.facts')).to.contain('eniten ääniä saaneet ensin');
    // Voters with a winner: [0,1] [0] [0,2] [2,3] have one; the blank ballot is not counted as a voter who chose.
    expect(text(el, '.facts')).to.match(/% äänestäjistä sai ainakin yhden/);
    const chart = shadow(el).querySelector('[part="chart"] svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(text(el, '[part="chart"] desc')).to.match(/Valitut hankkeet 95\s000\s€ ja käyttämättä 5\s000\s€/);
    expect(shadow(el).querySelector('a[href$=".pb"]')).to.not.equal(null);
    // Of the round, the widget reads its title and its budgets' names (RoundNamesSchema).
    expect(text(el, 'h2')).to.equal('Tuloskierros');
    expect(text(el, '[part="budget"] h3')).to.equal('Koko kaupunki');
    // The table scrolls sideways on a narrow screen, and can be reached by keyboard for that.
    await tabTo(el, '.table-wrap');
    // Why each project won or lost: behind a disclosure, in the table's order.
    expect(shadow(el).querySelector<HTMLDetailsElement>('.why')!.open).to.equal(false);
    const why = await explain(el);
    expect(why[0]).to.equal('Skeittipuisto keskustaan: Valittiin 1. hankkeena.');
    expect(why[1]).to.match(/^Frisbeegolfrata.*: Valittiin 2\. hankkeena\.$/);
    expect(why.find((r) => r.includes('Lukunurkkaus'))).to.match(/Ei mahtunut: rahaa oli jäljellä 5\s000\s€/);
    await expect(el).to.be.accessible();
  });

  it('explains equal shares with what the supporters had left (sv, en)', async () => {
    const sv = await results(mes.round, 'sv');
    await ready(sv);
    await expect(sv).to.be.accessible();
    expect(text(sv, '.facts')).to.contain('metoden med lika andelar');
    expect((await explain(sv)).join(' ')).to.contain('anhängarna betalade det med sina andelar');
    await expect(sv).to.be.accessible();
    const en = await results(mes.round, 'en');
    await ready(en);
    await expect(en).to.be.accessible();
    expect(text(en, 'caption')).to.contain('Projects, votes and costs');
    expect((await explain(en)).join(' ')).to.match(/Its supporters had .* left of their shares|paid for it from their shares/);
  });

  it('loads the explanations when asked for; when they cannot be loaded, says so and tries again on the next opening (issue 7)', async () => {
    const el = document.createElement('kohtaamo-budget-results') as KohtaamoBudgetResults;
    const load = el.whyImport;
    let online = false;
    el.whyImport = () => (online ? load() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    Object.assign(el, { api: liveApi(), round: greedy.round, lang: 'fi' });
    await fixture(html`<div>${el}</div>`);
    await ready(el);
    // The results themselves are all there.
    expect(text(el, 'tbody')).to.contain('Skeittipuisto keskustaan');
    const summary = await tabTo(el, '.why summary');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.why [role="alert"]'), 'no failure notice');
    expect(text(el, '.why [role="alert"]')).to.equal('Tuloksia ei saatu ladattua.');
    await expect(el).to.be.accessible();

    online = true;
    summary.focus();
    await press('Enter'); // closes
    await press('Enter'); // opens again: tries again
    await waitUntil(() => shadow(el).querySelector('.why-list li'), 'no explanations after the retry', { timeout: 8000 });
    expect(text(el, '.why-list')).to.contain('Valittiin 1. hankkeena.');
  });

  it('says when the results are not published yet', async () => {
    const round = await demoRound();
    const el = await results(round.id, 'en');
    await waitUntil(() => text(el).includes('The results are not published yet.'), 'no notice');
    await expect(el).to.be.accessible();
  });
});
