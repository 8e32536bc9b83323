// Issue 9's console "reviews proposals (feasible, cost estimate, merge, reject with a public
// reason)": the merge was in no test and no story. An officer merges a proposal into another of
// the same budget by keyboard alone in fi, sv and en: sent without its target and reason, both are
// named by their fields (the server's 422) with the decision kept; then chosen and typed, the
// proposal is merged on the server, shown as merged with its reason, the focus back on it; axe in
// each state. Each test makes its own round through the real server's API.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { BUDGETING_PATHS } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-console.js';
import { STAFF_TOKEN_STORAGE_KEY, type KohtaamoBudgetConsole } from './budget-console.js';
import { $, arrowToOption, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { signInByKeyboard, type SignedInShows } from '../../testing/staff-console-test-helpers.js';
import { manyProposalsRound } from '../budgeting-test-support.js';

const LANGS = ['fi', 'sv', 'en'] as const;
const WORDS = {
  fi: { into: 'Valitse ehdotus, johon tämä yhdistetään.', reason: 'Kirjoita julkinen perustelu hylkäämiselle tai yhdistämiselle.', merged: 'yhdistetty', text: 'Sama idea kuin ehdotuksessa 1.' },
  sv: { into: 'Välj förslaget som detta slås samman med.', reason: 'Skriv en offentlig motivering till avslaget eller sammanslagningen.', merged: 'sammanslaget', text: 'Samma idé som förslag 1.' },
  en: { into: 'Choose the proposal this one is merged into.', reason: 'Write a public reason for the rejection or merger.', merged: 'merged', text: 'The same idea as proposal 1.' },
} as const;

const ROUNDS: SignedInShows = { ready: (el) => shadow(el).querySelector('.round-open'), what: 'the rounds show' };
const selectedTab = (el: KohtaamoBudgetConsole) => shadow(el).querySelector('[role=tab][aria-selected=true]')?.id;

async function pressButton(el: KohtaamoBudgetConsole, selector: string, max = 80): Promise<void> {
  await tabTo(el, selector, { max });
  await press('Enter');
}

beforeEach(() => sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY));
afterEach(() => fixtureCleanup());

describe('<kohtaamo-budget-console> merges a proposal into another', () => {
  for (const lang of LANGS) {
    it(`by keyboard alone (${lang}): the missing target and reason named by their fields, then merged with its public reason`, async () => {
      const words = WORDS[lang];
      const { round, proposals } = await manyProposalsRound(3);
      const [into, merged] = proposals as [string, string, string];
      const el = await fixture<KohtaamoBudgetConsole>(html`<kohtaamo-budget-console api=${liveApi()} lang=${lang}></kohtaamo-budget-console>`);
      await signInByKeyboard(el, window.KOHTAAMO_TEST_STAFF_TOKEN, ROUNDS);
      await pressButton(el, `.round-open[data-round="${round}"]`, 200);
      await waitUntil(() => shadow(el).querySelector('#tab-overview'), 'the round opens', { timeout: 10_000 });
      await tabTo(el, '[role=tab][aria-selected=true]', { max: 80 });
      await press('Home');
      for (let i = 0; i < 6 && selectedTab(el) !== 'tab-proposals'; i++) await press('ArrowRight');
      await waitUntil(() => shadow(el).querySelectorAll('.review-open').length === 3, 'the proposals show', { timeout: 10_000 });

      // The review of "Ehdotus 2": the decision moved to "merge" with the arrow keys.
      await pressButton(el, `.review-open[data-id="${merged}"]`);
      await waitUntil(() => focusedIn(el)?.id === 'review-title', 'the review form opens');
      await tabTo(el, '#decision-feasible');
      await press('ArrowDown');
      await press('ArrowDown');
      expect($<HTMLInputElement>(el, '#decision-merged').checked).to.equal(true);
      await waitUntil(() => shadow(el).querySelector('#mergedInto'), 'the target choice shows');
      expect(shadow(el).querySelector('#costEstimate'), 'no cost for a merge').to.equal(null);
      const targets = [...$<HTMLSelectElement>(el, '#mergedInto').options].map((o) => o.value);
      expect(targets).to.deep.equal(['', into, proposals[2]]);
      await expect(el).to.be.accessible();

      // Sent without a target or a reason: both named by their fields, the decision kept.
      await pressButton(el, '#review-submit', 20);
      await waitUntil(() => text(el, '#mergedInto-error') !== '', 'the missing target is named', { timeout: 10_000 });
      expect(text(el, '#mergedInto-error')).to.contain(words.into);
      expect(text(el, '#publicReason-error')).to.contain(words.reason);
      expect($(el, '#mergedInto').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#publicReason').getAttribute('aria-invalid')).to.equal('true');
      expect(focusedIn(el)?.id).to.equal('review-summary');
      expect($<HTMLInputElement>(el, '#decision-merged').checked).to.equal(true);
      await expect(el).to.be.accessible();

      // The target chosen and the reason typed: merged.
      const select = await tabTo(el, '#mergedInto', { max: 20 });
      await arrowToOption(select as HTMLSelectElement, into);
      await tabTo(el, '#publicReason', { max: 10 });
      await type(words.text);
      await pressButton(el, '#review-submit', 10);
      await waitUntil(() => focusedIn(el)?.matches(`.review-open[data-id="${merged}"]`) ?? false, 'the merge is saved and the focus is back', { timeout: 10_000 });
      const row = $(el, `.review-open[data-id="${merged}"]`).closest('li')!;
      expect(row.querySelector('.status')!.textContent!.trim()).to.equal(words.merged);
      expect(row.textContent).to.contain(words.text);
      expect(shadow(el).querySelector('#review-submit'), 'the form is closed').to.equal(null);
      await expect(el).to.be.accessible();
      const saved = (await (await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round}/proposals/${merged}`)).json()) as { status: string; review: { mergedInto: string; publicReason: string } };
      expect([saved.status, saved.review.mergedInto, saved.review.publicReason]).to.deep.equal(['merged', into, words.text]);
    });
  }
});
