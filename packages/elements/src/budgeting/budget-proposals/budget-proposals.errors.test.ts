// Issue 9's "passes axe in every state … by keyboard alone in fi, sv and en": the proposal form's
// error state was tested by keyboard in Finnish only (budget-proposals.test.ts). In Swedish and
// English: sent with a title only, every missing field is named in the summary (which takes the
// focus) and at its field, what was typed stays, a summary link takes the focus to its field, and
// once filled in the proposal is received; axe in each state. A round of the test's own.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-budget-proposals.js';
import type { KohtaamoBudgetProposals } from './budget-proposals.js';
import { $, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { proposalRound } from '../budgeting-test-support.js';

afterEach(() => {
  fixtureCleanup();
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:budget-proposal:')) localStorage.removeItem(key);
});

const WORDS = {
  sv: { budget: 'Område eller tema', description: 'Beskrivning', cost: 'Ange det uppskattade priset i euro.', title: 'Bänkar', text: 'Bänkar och papperskorgar längs strandpromenaden, så att de som går kan vila.' },
  en: { budget: 'Area or theme', description: 'Description', cost: 'Give the estimated cost in euros.', title: 'Benches', text: 'Benches and bins along the shore path, so that walkers can rest on the way.' },
} as const;

describe('<kohtaamo-budget-proposals> form errors by keyboard', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`names each missing field in the summary and at the field, keeps what was typed, then sends (${lang})`, async () => {
      const words = WORDS[lang];
      const r = await proposalRound();
      const el = await fixture<KohtaamoBudgetProposals>(html`<kohtaamo-budget-proposals api=${liveApi()} round=${r.round} lang=${lang}></kohtaamo-budget-proposals>`);
      await waitUntil(() => shadow(el).querySelectorAll('[part="proposal"]').length === 3, 'not listed', { timeout: 8000 });
      await tabTo(el, '#open-form');
      await press('Enter');
      await el.updateComplete;
      expect(focusedIn(el)?.id).to.equal('form-title');

      await tabTo(el, '#title');
      await type(words.title);
      await tabTo(el, '#submit');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#summary'), 'no error summary');
      await el.updateComplete;
      expect(focusedIn(el)?.id).to.equal('summary');
      expect(text(el, '#summary')).to.contain(words.budget).and.to.contain(words.description).and.to.contain(words.cost);
      expect(text(el, '#estimatedCost-error')).to.contain(words.cost);
      for (const field of ['budget', 'description', 'estimatedCost']) expect($(el, `#${field}`).getAttribute('aria-invalid'), field).to.equal('true');
      expect($<HTMLInputElement>(el, '#title').value).to.equal(words.title);
      await expect(el).to.be.accessible();

      await tabTo(el, '#summary a[href="#budget"]');
      await press('Enter');
      expect(focusedIn(el)?.id).to.equal('budget');
      const select = $<HTMLSelectElement>(el, '#budget');
      for (let i = 0; i <= select.options.length && select.value !== r.area; i++) await press('ArrowDown');
      expect(select.value).to.equal(r.area);
      await tabTo(el, '#description');
      await type(words.text);
      await tabTo(el, '#estimatedCost');
      await type('8000');
      await tabTo(el, '#submit');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('#sent-title'), 'not sent', { timeout: 8000 });
      await el.updateComplete;
      expect(focusedIn(el)?.id).to.equal('sent-title');
      await expect(el).to.be.accessible();
      const listed = (await (await fetch(`${liveApi()}/api/v1/budgeting/rounds/${r.round}/proposals`)).json()) as { items: { title: string; lang: string; estimatedCost: number }[] };
      const sent = listed.items.find((p) => p.title === words.title);
      expect([sent?.lang, sent?.estimatedCost]).to.deep.equal([lang, 8000]);
    });
  }
});
