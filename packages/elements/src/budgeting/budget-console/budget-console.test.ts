import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { BUDGETING_PATHS, helsinkiDay } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-console.js';
import { STAFF_TOKEN_STORAGE_KEY, type KohtaamoBudgetConsole } from './budget-console.js';
import { $, arrowToOption, clearField, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { reloadSignedInFailingOnce, signInByKeyboard, type SignedInShows } from '../../testing/staff-console-test-helpers.js';

const LANGS = ['fi', 'sv', 'en'] as const;
type Lang = (typeof LANGS)[number];
const staffToken = () => window.KOHTAAMO_TEST_STAFF_TOKEN;
const TITLE = { fi: 'Osallistuvan budjetoinnin hallinta', sv: 'Administration av deltagande budgetering', en: 'Participatory budgeting administration' };
const REQUIRED = { fi: 'Tämä tieto on pakollinen.', sv: 'Denna uppgift är obligatorisk.', en: 'This information is required.' };
const VOTING = { fi: 'äänestys', sv: 'röstning', en: 'voting' };
const ALREADY = { fi: 'jo äänestetty', sv: 'redan', en: 'already' };

const consoleOf = (lang: string) => fixture<KohtaamoBudgetConsole>(html`<kohtaamo-budget-console api=${liveApi()} lang=${lang}></kohtaamo-budget-console>`);
/** The signed-in console: its rounds listed. */
const ROUNDS: SignedInShows = { ready: (el) => shadow(el).querySelector('.round-open'), what: 'the rounds show' };
const ready = (el: KohtaamoBudgetConsole) => waitUntil(() => ROUNDS.ready(el), ROUNDS.what, { timeout: 10_000 });
const signIn = (el: KohtaamoBudgetConsole) => signInByKeyboard(el, staffToken(), ROUNDS);

/** A resident's proposal, sent as their browser would. */
async function propose(round: string, budget: string, title: string, cost: number): Promise<string> {
  const response = await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round}/proposals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ budget, title, description: `${title}: a longer description of the idea.`, estimatedCost: cost, lang: 'fi' }),
  });
  expect(response.status).to.equal(201);
  return ((await response.json()) as { id: string }).id;
}

async function typeInto(el: KohtaamoBudgetConsole, selector: string, value: string, backwards = false): Promise<void> {
  await tabTo(el, selector, { backwards, max: 60 });
  await clearField();
  await type(value);
}

async function pressButton(el: KohtaamoBudgetConsole, selector: string, backwards = false): Promise<void> {
  await tabTo(el, selector, { backwards, max: 60 });
  await press('Enter');
}

const selectedTab = (el: KohtaamoBudgetConsole) => shadow(el).querySelector('[role=tab][aria-selected=true]')?.id;

/** Moves along the tabs with the arrow keys from the selected one to `tab`. */
async function toTab(el: KohtaamoBudgetConsole, tab: string): Promise<void> {
  await tabTo(el, '[role=tab][aria-selected=true]', { backwards: true, max: 80 });
  await press('Home');
  for (let i = 0; i < 6 && selectedTab(el) !== `tab-${tab}`; i++) await press('ArrowRight');
  expect(selectedTab(el)).to.equal(`tab-${tab}`);
  expect(focusedIn(el)?.id).to.equal(`tab-${tab}`);
}

beforeEach(() => sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY));
afterEach(() => fixtureCleanup());

describe('<kohtaamo-budget-console>', () => {
  for (const lang of LANGS) {
    it(`asks for a token and refuses an empty one (${lang}); signed in, lists the rounds; axe in each state`, async () => {
      const el = await consoleOf(lang);
      await expect(el).to.be.accessible();
      expect(el.hasAttribute('token')).to.equal(false);
      await tabTo(el, '#token');
      await press('Enter');
      await waitUntil(() => text(el, '#token-error') !== '', 'the empty token is named');
      expect(focusedIn(el)?.id).to.equal('token');
      await expect(el).to.be.accessible();
      await type(staffToken());
      await press('Enter');
      await ready(el);
      expect(text(el, 'h2')).to.equal(TITLE[lang]);
      const rounds = [...shadow(el).querySelectorAll<HTMLElement>('.round-open')].map((b) => b.dataset.round);
      expect(rounds).to.include.members(['heinola-2027', 'heinola-2028']);
      await expect(el).to.be.accessible();
    });

    it(`signed in already (a reload, ${lang}): no flash of the sign-in form; the console's part fails to load once, and Retry now loads it`, async () => {
      await reloadSignedInFailingOnce('kohtaamo-budget-console', lang, staffToken(), ROUNDS);
    });

    it(`runs a whole round by keyboard alone (${lang}): create, budget, review, rules, open the vote, codes, an assisted ballot, close, results, publish, implementation`, async () => {
      const id = `kc-${lang}-${Date.now().toString(36)}`;
      const budget = `${id}-a`;
      const el = await consoleOf(lang);
      await signIn(el);

      // A new round; a missing name is named at its field.
      await pressButton(el, '#new-round');
      await waitUntil(() => shadow(el).querySelector('#create-submit'), 'the form shows', { timeout: 10_000 });
      expect(focusedIn(el)?.id).to.equal('panel-title');
      await typeInto(el, '#id', id);
      await pressButton(el, '#create-submit');
      await waitUntil(() => text(el, '#title-fi-error') !== '', 'the missing name is named');
      expect(text(el, '#title-fi-error')).to.equal(REQUIRED[lang]);
      expect(focusedIn(el)?.id).to.equal('create-summary');
      await expect(el).to.be.accessible();
      await typeInto(el, '#title-fi', 'Konsolikierros');
      await typeInto(el, '#title-sv', 'Konsolomgång');
      await typeInto(el, '#title-en', 'Console round');
      await pressButton(el, '#create-submit');
      await waitUntil(() => shadow(el).querySelector('#tab-overview'), 'the new round opens', { timeout: 10_000 });
      expect(focusedIn(el)?.id).to.equal('panel-title');
      await expect(el).to.be.accessible();

      // A budget.
      await typeInto(el, '#id', budget);
      await typeInto(el, '#name-fi', 'Alue A');
      await typeInto(el, '#name-sv', 'Område A');
      await typeInto(el, '#name-en', 'Area A');
      await typeInto(el, '#amount', '100000');
      await pressButton(el, '#budget-submit');
      await waitUntil(() => text(el, 'table').includes('Alue A') || text(el, 'table').includes('Område A') || text(el, 'table').includes('Area A'), 'the budget is added', { timeout: 10_000 });

      // Residents propose; one is found feasible, one rejected with a public reason.
      const good = await propose(id, budget, 'Penkit rantaan', 20_000);
      const bad = await propose(id, budget, 'Uusi uimahalli', 9_000_000);
      await toTab(el, 'proposals');
      await waitUntil(() => shadow(el).querySelector(`.review-open[data-id="${bad}"]`), 'the proposals show', { timeout: 10_000 });
      await expect(el).to.be.accessible();
      await pressButton(el, `.review-open[data-id="${good}"]`);
      await waitUntil(() => focusedIn(el)?.id === 'review-title', 'the review form opens');
      await typeInto(el, '#costEstimate', '24000');
      await pressButton(el, '#review-submit');
      await waitUntil(() => focusedIn(el)?.matches(`.review-open[data-id="${good}"]`) ?? false, 'the review is saved', { timeout: 10_000 });
      await pressButton(el, `.review-open[data-id="${bad}"]`);
      await waitUntil(() => focusedIn(el)?.id === 'review-title', 'the review form opens');
      await tabTo(el, '#decision-feasible');
      await press('ArrowDown');
      expect($<HTMLInputElement>(el, '#decision-rejected').checked).to.equal(true);
      await pressButton(el, '#review-submit');
      await waitUntil(() => text(el, '#publicReason-error') !== '', 'the missing reason is named');
      await expect(el).to.be.accessible();
      await typeInto(el, '#publicReason', 'Liian suuri tähän budjettiin.');
      await pressButton(el, '#review-submit');
      await waitUntil(() => focusedIn(el)?.matches(`.review-open[data-id="${bad}"]`) ?? false, 'the rejection is saved', { timeout: 10_000 });
      expect(text(el, '#tabpanel')).to.contain('Liian suuri tähän budjettiin.');

      // The rules, then the vote opens and they freeze.
      await toTab(el, 'rules');
      await waitUntil(() => shadow(el).querySelector('#rules-submit'), 'the rules form shows', { timeout: 10_000 });
      await expect(el).to.be.accessible();
      await pressButton(el, '#rules-submit');
      await waitUntil(() => text(el, '[role=status]').includes('1'), 'the rules are saved', { timeout: 10_000 });
      await toTab(el, 'overview');
      await pressButton(el, '#open-voting');
      await waitUntil(() => text(el, '.panel .status') === VOTING[lang], 'the vote opens', { timeout: 10_000 });
      expect(shadow(el).querySelector('#budget-submit')).to.equal(null);
      await expect(el).to.be.accessible();

      // Two voting codes; an assisted ballot with the first; the same code again is refused.
      await toTab(el, 'voting');
      await waitUntil(() => shadow(el).querySelector('#codes-submit') && shadow(el).querySelector(`#choice-${good}`), 'the voting tab shows', { timeout: 10_000 });
      await typeInto(el, '#count', '2');
      await pressButton(el, '#codes-submit');
      await waitUntil(() => shadow(el).querySelectorAll('.codes li').length === 2, 'two codes are shown', { timeout: 10_000 });
      expect(focusedIn(el)?.id).to.equal('codes-list-title');
      await expect(el).to.be.accessible();
      const codes = [...shadow(el).querySelectorAll('.codes li')].map((li) => li.textContent!.trim());
      await typeInto(el, '#voter-code', codes[0]!);
      await tabTo(el, `#choice-${good}`);
      await press('Space');
      await pressButton(el, '#ballot-submit');
      await waitUntil(() => shadow(el).querySelector('#ballot-receipt'), 'the ballot is saved', { timeout: 10_000 });
      const receipt = /([0-9A-Z]{4}(?:-[0-9A-Z]{1,4})+)/.exec(text(el, '#ballot-receipt'))![1]!;
      await typeInto(el, '#voter-code', codes[0]!);
      await tabTo(el, `#choice-${good}`);
      await press('Space');
      await pressButton(el, '#ballot-submit');
      await waitUntil(() => text(el, '#ballot-summary-failure') !== '', 'the second ballot is refused', { timeout: 10_000 });
      expect(text(el, '#ballot-summary-failure')).to.contain(ALREADY[lang]);
      await expect(el).to.be.accessible();

      // Close, compute, publish; then the winner's implementation.
      await toTab(el, 'results');
      await pressButton(el, '#close-vote');
      await waitUntil(() => focusedIn(el)?.id === 'results-compute', 'the vote is closed', { timeout: 10_000 });
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.id === 'results-title', 'the results are computed', { timeout: 10_000 });
      expect(text(el, 'table')).to.contain('Penkit rantaan');
      await expect(el).to.be.accessible();
      await pressButton(el, '#results-publish', true);
      await waitUntil(() => focusedIn(el)?.id === 'impl-title', 'the results are published', { timeout: 10_000 });
      const status = await tabTo(el, `#impl-${good}-status`);
      await arrowToOption(status as HTMLSelectElement, 'in-progress');
      await typeInto(el, `#impl-${good}-progress`, '40');
      await pressButton(el, `.impl-submit[data-id="${good}"]`);
      await waitUntil(() => text(el, '[role=status]').includes('Penkit rantaan'), 'the status is saved', { timeout: 10_000 });
      await expect(el).to.be.accessible();

      const results = (await (await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${id}/results`)).json()) as { budgets: { winners: string[] }[]; implementation: { id: string; status: string; progress: number }[] };
      expect(results.budgets[0]!.winners).to.deep.equal([good]);
      const followed = results.implementation.find((i) => i.id === good)!;
      expect([followed.status, followed.progress]).to.deep.equal(['in-progress', 40]);
      const check = (await (await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${id}/receipts/${receipt}`)).json()) as { status: string };
      expect(check.status).to.equal('counted');
    });
  }

  const PASSED = { fi: 'on jo mennyt', sv: 'har redan passerat', en: 'has already passed' };
  for (const lang of LANGS) {
    it(`says by the fields when the typed vote has already opened and ended (the server's 422), keeps what was typed, and creates the round once the days are fixed, by keyboard (${lang})`, async () => {
      const id = `kp-${lang}-${Date.now().toString(36)}`;
      const day = (d: number) => helsinkiDay(new Date(Date.now() + d * 86_400_000).toISOString());
      const el = await consoleOf(lang);
      await signIn(el);
      await pressButton(el, '#new-round');
      await waitUntil(() => shadow(el).querySelector('#create-submit'), 'the form shows', { timeout: 10_000 });
      await typeInto(el, '#id', id);
      await typeInto(el, '#title-fi', 'Myöhästynyt kierros');
      await typeInto(el, '#title-sv', 'Försenad omgång');
      await typeInto(el, '#title-en', 'Late round');
      // Last month's days: the vote opened and ended weeks ago.
      await typeInto(el, '#schedule-proposalsOpenAt', day(-60));
      await typeInto(el, '#schedule-proposalsCloseAt', day(-45));
      await typeInto(el, '#schedule-votingOpenAt', day(-40));
      await typeInto(el, '#schedule-votingCloseAt', day(-30));
      await pressButton(el, '#create-submit');
      await waitUntil(() => text(el, '#schedule-votingCloseAt-error') !== '', 'the ended vote is named at its field', { timeout: 10_000 });
      expect(text(el, '#schedule-votingCloseAt-error')).to.contain(PASSED[lang]).and.to.contain(day(-30));
      expect(text(el, '#schedule-votingOpenAt-error')).to.contain(day(-40));
      expect($(el, '#schedule-votingCloseAt').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#schedule-votingOpenAt').getAttribute('aria-invalid')).to.equal('true');
      expect(text(el, '#create-summary')).to.contain(PASSED[lang]);
      expect(focusedIn(el)?.id).to.equal('create-summary');
      expect($<HTMLInputElement>(el, '#title-sv').value).to.equal('Försenad omgång');
      expect($<HTMLInputElement>(el, '#schedule-votingCloseAt').value).to.equal(day(-30));
      await expect(el).to.be.accessible();
      const listed = (await (await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}`)).json()) as { items: { id: string }[] };
      expect(listed.items.map((r) => r.id)).to.not.include(id);

      // The days moved ahead: the round is made.
      await typeInto(el, '#schedule-proposalsOpenAt', day(0));
      await typeInto(el, '#schedule-proposalsCloseAt', day(20));
      await typeInto(el, '#schedule-votingOpenAt', day(30));
      await typeInto(el, '#schedule-votingCloseAt', day(44));
      await pressButton(el, '#create-submit');
      await waitUntil(() => shadow(el).querySelector('#tab-overview'), 'the new round opens', { timeout: 10_000 });
      await expect(el).to.be.accessible();
    });
  }

  it('fits a 320 px screen: no sideways scrolling, in the list and in the new-round form', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await consoleOf('fi');
      await signIn(el);
      const wide = () => [...shadow(el).querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 321).map((e) => `${e.localName}.${e.className}#${e.id}`);
      expect(document.documentElement.scrollWidth, wide().join(' ')).to.be.at.most(320);
      await pressButton(el, '#new-round');
      await waitUntil(() => shadow(el).querySelector('#create-submit'), 'the form shows', { timeout: 10_000 });
      expect(document.documentElement.scrollWidth, wide().join(' ')).to.be.at.most(320);
      await pressButton(el, '.round-open[data-round="heinola-2027"]', true);
      await waitUntil(() => shadow(el).querySelector('#tab-overview'), 'the round opens', { timeout: 10_000 });
      expect(document.documentElement.scrollWidth, wide().join(' ')).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
