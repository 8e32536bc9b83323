import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-budget-results.js';
import type { KohtaamoBudgetResults } from './budget-results.js';
import { liveApi, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';
import { demoRound, publishedRound } from '../budgeting-test-support.js';

afterEach(() => fixtureCleanup());

const results = (round: string, lang = 'fi') =>
  fixture<KohtaamoBudgetResults>(html`<kohtaamo-budget-results api=${liveApi()} round=${round} lang=${lang}></kohtaamo-budget-results>`);
const ready = (el: Element) => waitUntil(() => shadow(el).querySelector('table'), 'no results table', { timeout: 8000 });

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
    expect(rows[0]).to.contain('Skeittipuisto keskustaan').and.to.contain('Valittiin').and.to.contain('Valittiin 1. hankkeena.');
    expect(rows[1]).to.contain('Frisbeegolfrata').and.to.contain('Valittiin 2. hankkeena.');
    expect(rows.find((r) => r.includes('Lukunurkkaus'))).to.contain('Ei valittu').and.to.match(/Ei mahtunut: rahaa oli jäljellä 5\s000\s€/);
    expect(text(el, '.facts')).to.contain('5 äänestäjää, joista tyhjää äänesti 1.');
    expect(text(el, '.facts')).to.contain('eniten ääniä saaneet ensin');
    // Voters with a winner: [0,1] [0] [0,2] [2,3] have one; the blank ballot is not counted as a voter who chose.
    expect(text(el, '.facts')).to.match(/% äänestäjistä sai ainakin yhden/);
    const chart = shadow(el).querySelector('[part="chart"] svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(text(el, '[part="chart"] desc')).to.match(/Valitut hankkeet 95\s000\s€ ja käyttämättä 5\s000\s€/);
    expect(shadow(el).querySelector('a[href$=".pb"]')).to.not.equal(null);
    // The table scrolls sideways on a narrow screen, and can be reached by keyboard for that.
    await tabTo(el, '.table-wrap');
  });

  it('explains equal shares with what the supporters had left (sv, en)', async () => {
    const sv = await results(mes.round, 'sv');
    await ready(sv);
    await expect(sv).to.be.accessible();
    expect(text(sv, '.facts')).to.contain('metoden med lika andelar');
    expect(text(sv, 'tbody')).to.contain('anhängarna betalade det med sina andelar');
    const en = await results(mes.round, 'en');
    await ready(en);
    await expect(en).to.be.accessible();
    expect(text(en, 'caption')).to.contain('Projects, votes and costs');
    expect(text(en, 'tbody')).to.match(/Its supporters had .* left of their shares|paid for it from their shares/);
  });

  it('says when the results are not published yet', async () => {
    const round = await demoRound();
    const el = await results(round.id, 'en');
    await waitUntil(() => text(el).includes('The results are not published yet.'), 'no notice');
    await expect(el).to.be.accessible();
  });
});
