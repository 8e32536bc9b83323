// The officers' console reads every proposal of a round larger than one page of the server's
// keyset list (ADR 0107, 0110): "n of total", "Show more" by keyboard with the focus on the first
// proposal added and the count announced, a review on the second page keeping the pages read, and
// the results tab's implementation forms for a winner past the first page of feasible proposals.
// Each test makes its own round through the real server's API.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { BUDGETING_PATHS } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-console.js';
import { STAFF_TOKEN_STORAGE_KEY, type KohtaamoBudgetConsole } from './budget-console.js';
import { arrowToOption, clearField, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { signInByKeyboard, type SignedInShows } from '../../testing/staff-console-test-helpers.js';
import { castBallot, manyProposalsRound, staff, votingCodes } from '../budgeting-test-support.js';

const LANGS = ['fi', 'sv', 'en'] as const;
/** One page of the console's list (core's BudgetConsoleApi asks for pages of 100). */
const PAGE = 100;
const COUNT = PAGE + 3;
const SHOWN = {
  fi: `Näytetään ${PAGE} ehdotusta ${COUNT} ehdotuksesta`,
  sv: `${PAGE} av ${COUNT} förslag visas`,
  en: `Showing ${PAGE} of ${COUNT} proposals`,
};
const ALL = { fi: `${COUNT} ehdotusta`, sv: `${COUNT} förslag`, en: `${COUNT} proposals` };
const ADDED = { fi: '3 ehdotusta lisää näkyvissä.', sv: '3 förslag till visas.', en: '3 more proposals shown.' };
const MORE = { fi: 'Näytä lisää ehdotuksia', sv: 'Visa fler förslag', en: 'Show more proposals' };
const FEASIBLE = { fi: 'toteuttamiskelpoinen', sv: 'genomförbart', en: 'feasible' };

const ROUNDS: SignedInShows = { ready: (el) => shadow(el).querySelector('.round-open'), what: 'the rounds show' };
const consoleOf = (lang: string) => fixture<KohtaamoBudgetConsole>(html`<kohtaamo-budget-console api=${liveApi()} lang=${lang}></kohtaamo-budget-console>`);
const selectedTab = (el: KohtaamoBudgetConsole) => shadow(el).querySelector('[role=tab][aria-selected=true]')?.id;
const titles = (el: KohtaamoBudgetConsole) => [...shadow(el).querySelectorAll('.proposal h4')].map((h) => h.textContent!.trim());

async function pressButton(el: KohtaamoBudgetConsole, selector: string, max = 260): Promise<void> {
  await tabTo(el, selector, { max });
  await press('Enter');
}

/** Signs in by keyboard, opens the round from the list and moves to its tab with the arrow keys. */
async function openTab(el: KohtaamoBudgetConsole, round: string, tab: 'proposals' | 'results'): Promise<void> {
  await signInByKeyboard(el, window.KOHTAAMO_TEST_STAFF_TOKEN, ROUNDS);
  await pressButton(el, `.round-open[data-round="${round}"]`);
  await waitUntil(() => shadow(el).querySelector('#tab-overview'), 'the round opens', { timeout: 10_000 });
  await tabTo(el, '[role=tab][aria-selected=true]', { max: 80 });
  await press('Home');
  for (let i = 0; i < 6 && selectedTab(el) !== `tab-${tab}`; i++) await press('ArrowRight');
  expect(selectedTab(el)).to.equal(`tab-${tab}`);
}

beforeEach(() => sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY));
afterEach(() => fixtureCleanup());

describe('<kohtaamo-budget-console> with more proposals than one page', () => {
  for (const lang of LANGS) {
    it(`shows "${PAGE} of ${COUNT}", reads the rest by keyboard with "Show more", and reviews one of them in its place (${lang})`, async function (this: { timeout(ms: number): void }) {
      this.timeout(120_000);
      const { round, proposals } = await manyProposalsRound(COUNT);
      const el = await consoleOf(lang);
      await openTab(el, round, 'proposals');

      // The first page, and how many there are in all.
      await waitUntil(() => shadow(el).querySelectorAll('.proposal').length === PAGE, 'the first page shows', { timeout: 15_000 });
      expect(text(el, '#proposals-count')).to.equal(SHOWN[lang]);
      expect(titles(el)).to.deep.equal(proposals.slice(0, PAGE).map((_, i) => `Ehdotus ${i + 1}`));
      expect(text(el, '#proposals-more')).to.equal(MORE[lang]);
      expect(shadow(el).querySelector('#proposals-more')!.getAttribute('aria-describedby')).to.equal('proposals-count');
      await expect(el).to.be.accessible();

      // "Show more" by keyboard: the rest, each once and in the order sent, the focus on the first added.
      await pressButton(el, '#proposals-more');
      await waitUntil(() => shadow(el).querySelectorAll('.proposal').length === COUNT, 'the next page is added', { timeout: 15_000 });
      await waitUntil(() => focusedIn(el)?.id === `proposal-${proposals[PAGE]}`, 'the focus is on the first proposal added');
      expect(focusedIn(el)?.textContent?.trim()).to.equal(`Ehdotus ${PAGE + 1}`);
      expect(titles(el)).to.deep.equal(proposals.map((_, i) => `Ehdotus ${i + 1}`));
      const ids = [...shadow(el).querySelectorAll<HTMLElement>('.review-open')].map((b) => b.dataset.id);
      expect(ids).to.deep.equal(proposals);
      expect(text(el, '#proposals-count')).to.equal(ALL[lang]);
      expect(shadow(el).querySelector('#proposals-more'), 'no more pages').to.equal(null);
      expect(text(el, '[role=status]')).to.contain(ADDED[lang]).and.to.contain(ALL[lang]);
      await expect(el).to.be.accessible();

      // A proposal of the second page reviewed: the pages read stay, the focus returns to it.
      const late = proposals[PAGE + 1]!;
      await pressButton(el, `.review-open[data-id="${late}"]`, 10);
      await waitUntil(() => focusedIn(el)?.id === 'review-title', 'the review form opens');
      await tabTo(el, '#costEstimate');
      await clearField();
      await type('2500');
      await pressButton(el, '#review-submit', 20);
      await waitUntil(() => focusedIn(el)?.matches(`.review-open[data-id="${late}"]`) ?? false, 'the review is saved and the focus is back', { timeout: 10_000 });
      expect(shadow(el).querySelectorAll('.proposal').length).to.equal(COUNT);
      expect(text(el, `.proposal:nth-child(${PAGE + 2}) .status`)).to.equal(FEASIBLE[lang]);
      await expect(el).to.be.accessible();
      const saved = (await (await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round}/proposals/${late}`)).json()) as { status: string; review: { costEstimate: number } };
      expect([saved.status, saved.review.costEstimate]).to.deep.equal(['feasible', 2500]);
    });
  }

  it('the results tab offers the implementation status of a winner past the first page of feasible proposals (fi)', async function (this: { timeout(ms: number): void }) {
    this.timeout(120_000);
    const { round, budget, proposals } = await manyProposalsRound(PAGE + 1);
    // Every proposal feasible at 60,000 € of the 100,000 € budget: one project fits, the one with most votes.
    for (const id of proposals) await staff(`/${round}/proposals/${id}/review`, 'POST', { decision: 'feasible', costEstimate: 60_000 });
    const winner = proposals[PAGE]!;
    await staff(`/${round}/budgets/${budget}/rules`, 'PUT', { ballot: { type: 'approval', minProjects: 1 }, winnerRule: 'greedy', randomOrder: false });
    const at = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
    await staff(`/${round}`, 'PATCH', { schedule: { proposalsOpenAt: at(-5), proposalsCloseAt: at(-2), votingOpenAt: at(-1), votingCloseAt: at(20), resultsAt: at(21), implementationAt: at(90) } });
    const codes = await votingCodes(round, 3);
    await castBallot(round, budget, codes[0]!, [{ project: winner }]);
    await castBallot(round, budget, codes[1]!, [{ project: winner }, { project: proposals[0]! }]);
    await castBallot(round, budget, codes[2]!, [{ project: proposals[1]! }]);
    await staff(`/${round}/close`, 'POST');
    await staff(`/${round}/results`, 'POST');
    await staff(`/${round}/results/publish`, 'POST');

    const el = await consoleOf('fi');
    await openTab(el, round, 'results');
    await waitUntil(() => shadow(el).querySelector(`#impl-${winner}-status`), 'the winner’s implementation form shows', { timeout: 15_000 });
    expect(shadow(el).querySelectorAll('.impl-submit').length).to.equal(1);
    await expect(el).to.be.accessible();
    const status = await tabTo(el, `#impl-${winner}-status`, { max: 80 });
    await arrowToOption(status as HTMLSelectElement, 'planning');
    await pressButton(el, `.impl-submit[data-id="${winner}"]`, 10);
    await waitUntil(() => text(el, '[role=status]').includes(`Ehdotus ${PAGE + 1}`), 'the status is saved', { timeout: 10_000 });
    const results = (await (await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round}/results`)).json()) as { budgets: { winners: string[] }[]; implementation: { id: string; status: string }[] };
    expect(results.budgets[0]!.winners).to.deep.equal([winner]);
    expect(results.implementation.find((i) => i.id === winner)?.status).to.equal('planning');
  });
});
