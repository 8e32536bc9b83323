// The budgeting widgets at a small phone's width (320 px): nothing sticks out sideways (the page
// never scrolls horizontally), axe finds nothing, and the wide parts (the results table, the
// spending chart) stay inside the element, the table scrolling in its own keyboard-reachable box.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../define/kohtaamo-budget-results.js';
import '../define/kohtaamo-budget-proposals.js';
import '../define/kohtaamo-budget-ballot.js';
import '../define/kohtaamo-budget-receipt.js';
import { $, liveApi, press, shadow, tabTo, text, type } from '../testing/browser-test-helpers.js';
import { castBallot, demoRound, fixtureBallotApi, proposalRound, publishedRound, votingCodes } from './budgeting-test-support.js';
import { generateReceiptCode, type Round } from '@kohtaamo/core';

/** Every element in the host's shadow roots whose right edge passes the viewport (a box that scrolls or clips counts as itself only). */
function sticksOut(host: Element): string[] {
  const out: string[] = [];
  const limit = document.documentElement.clientWidth + 0.5;
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

describe('the budgeting widgets at 320 px', () => {
  let published: Awaited<ReturnType<typeof publishedRound>>;
  let proposals: Awaited<ReturnType<typeof proposalRound>>;
  before(async () => {
    published = await publishedRound('mes');
    proposals = await proposalRound();
  });
  beforeEach(async () => {
    await setViewport({ width: 320, height: 900 });
    document.body.style.margin = '0';
  });
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`the results (${lang}): table, chart and facts fit; the table scrolls in its own box, reached by keyboard`, async () => {
      const el = await fixture(html`<kohtaamo-budget-results api=${liveApi()} round=${published.round} lang=${lang}></kohtaamo-budget-results>`);
      await waitUntil(() => shadow(el).querySelector('table'), 'no results table', { timeout: 8000 });
      noSidewaysScroll(el);
      expect($(el, '[part="chart"]').getBoundingClientRect().right).to.be.at.most(320.5);
      await expect(el).to.be.accessible();
      await tabTo(el, '.table-wrap');
    });
  }

  it('the proposals (fi): filters, list and the form fit', async () => {
    const el = await fixture(html`<kohtaamo-budget-proposals api=${liveApi()} round=${proposals.round} lang="fi"></kohtaamo-budget-proposals>`);
    await waitUntil(() => shadow(el).querySelectorAll('[part="proposal"]').length > 0 && shadow(el).querySelector('#open-form'), 'no proposals', { timeout: 8000 });
    noSidewaysScroll(el);
    await expect(el).to.be.accessible();
    $(el, '#open-form').click();
    await waitUntil(() => shadow(el).querySelector('#form-title'), 'no form');
    noSidewaysScroll(el);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`the ballot (${lang}): the area choice, the projects with the tally and the code, the confirmation and the receipt fit`, async () => {
      const round: Round = await demoRound();
      const live = await fixture(html`<kohtaamo-budget-ballot api=${liveApi()} round=${round.id} lang=${lang}></kohtaamo-budget-ballot>`);
      await waitUntil(() => shadow(live).querySelector('input[name=budget]'), 'no area choice', { timeout: 8000 });
      noSidewaysScroll(live);
      await expect(live).to.be.accessible();
      fixtureCleanup();

      // A knapsack ballot: the money left and "does not fit" by the projects.
      const api = fixtureBallotApi({ type: 'knapsack', minShareSpent: 0.5 });
      const el = await fixture(html`<kohtaamo-budget-ballot round="testi-2027" lang=${lang} code=${generateReceiptCode()} .budgetingApi=${api}></kohtaamo-budget-ballot>`);
      await waitUntil(() => shadow(el).querySelector('#p-pfix000001'), 'no ballot', { timeout: 8000 });
      $<HTMLInputElement>(el, '#p-pfix000001').click();
      $<HTMLInputElement>(el, '#p-pfix000002').click();
      await waitUntil(() => shadow(el).querySelector('#fit-pfix000003'), 'no project marked as not fitting');
      noSidewaysScroll(el);
      await expect(el).to.be.accessible();
      $(el, '#review').click();
      await waitUntil(() => shadow(el).querySelector('#cast'), 'no confirmation', { timeout: 8000 });
      noSidewaysScroll(el);
      await expect(el).to.be.accessible();
      $(el, '#cast').click();
      await waitUntil(() => shadow(el).querySelector('[part="receipt-code"]'), 'no receipt', { timeout: 8000 });
      noSidewaysScroll(el);
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`the receipt check (${lang}): the code field and the answer fit`, async () => {
      const round: Round = await demoRound();
      const [code] = await votingCodes(round.id);
      const stored = await castBallot(round.id, round.budgets[0]!.id, code!);
      const el = await fixture(html`<kohtaamo-budget-receipt api=${liveApi()} round=${round.id} lang=${lang}></kohtaamo-budget-receipt>`);
      noSidewaysScroll(el);
      await tabTo(el, 'input');
      await type(stored);
      await press('Enter');
      await waitUntil(() => text(el, '[part="result"]').length > 0, 'no answer', { timeout: 8000 });
      noSidewaysScroll(el);
      await expect(el).to.be.accessible();
    });
  }
});
