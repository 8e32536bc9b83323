// Issue 9's "completed by keyboard alone in fi, sv and en" for the resident widgets besides the
// ballot (whose own tests do it): every step below is a key press sent to the browser
// (@web/test-runner-commands' sendKeys) against the real test server; the page's script only
// reads what the widget shows.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { generateReceiptCode, type Locale, type Round } from '@kohtaamo/core';
import '../define/kohtaamo-budget-proposals.js';
import '../define/kohtaamo-budget-receipt.js';
import '../define/kohtaamo-budget-results.js';
import { $, clearField, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../testing/browser-test-helpers.js';
import { castBallot, demoRound, proposalRound, publishedRound, votingCodes } from './budgeting-test-support.js';

afterEach(() => {
  fixtureCleanup();
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:budget-proposal:')) localStorage.removeItem(key);
});

const LANGS: readonly Locale[] = ['fi', 'sv', 'en'];

/** With a select focused, presses ArrowDown, then ArrowUp, until it shows the option with the value. */
async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i <= select.options.length && select.value !== value; i++) await press(key);
  }
  expect(select.value).to.equal(value);
}

/** Enter on the focused control, then the element's next render. */
async function enter(el: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  await press('Enter');
  await el.updateComplete;
}

const PROPOSALS = {
  fi: { one: '1 ehdotus', feasible: 'Toteuttamiskelpoinen', sent: 'Kiitos! Ehdotuksesi on vastaanotettu', title: 'Penkit uimarannalle', description: 'Kolme penkkiä uimarannan nurmelle, jotta vanhemmat voivat istua lasten vieressä.' },
  sv: { one: '1 förslag', feasible: 'Genomförbart', sent: 'Tack! Ditt förslag har tagits emot', title: 'Bänkar till badstranden', description: 'Tre bänkar på badstrandens gräsmatta, så att föräldrarna kan sitta nära barnen.' },
  en: { one: '1 proposal', feasible: 'Feasible', sent: 'Thank you! Your proposal has been received', title: 'Benches for the beach', description: 'Three benches on the beach lawn, so that parents can sit close to their children.' },
} as const;

describe('<kohtaamo-budget-proposals> by keyboard alone', () => {
  for (const lang of LANGS) {
    it(`browses, filters, reads one and submits one (${lang})`, async () => {
      const r = await proposalRound();
      const words = PROPOSALS[lang];
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<kohtaamo-budget-proposals api=${liveApi()} round=${r.round} lang=${lang}></kohtaamo-budget-proposals>`,
      );
      await waitUntil(() => shadow(el).querySelectorAll('[part="proposal"]').length === 3, 'not listed', { timeout: 8000 });
      await expect(el).to.be.accessible();

      // Filter: the feasible ones only.
      await tabTo(el, '#filter-status');
      await choose($<HTMLSelectElement>(el, '#filter-status'), 'feasible');
      await tabTo(el, '#apply');
      await enter(el);
      await waitUntil(() => text(el, '#count') === words.one, `count: ${text(el, '#count')}`);
      expect(text(el, '.list')).to.contain(words.feasible);

      // Read it, and come back to where it was.
      await tabTo(el, `#read-${r.proposals.feasible}`);
      await enter(el);
      await waitUntil(() => text(el, '#detail-title') === 'Penkkejä torille', 'the proposal did not open');
      expect(focusedIn(el)?.id).to.equal('detail-title');
      await expect(el).to.be.accessible();
      await tabTo(el, '#back');
      await enter(el);
      expect(focusedIn(el)?.id).to.equal(`read-${r.proposals.feasible}`);

      // Submit one.
      await tabTo(el, '#open-form', { backwards: true });
      await enter(el);
      await waitUntil(() => focusedIn(el)?.id === 'form-title', 'the form did not take the focus');
      await tabTo(el, '#budget');
      await choose($<HTMLSelectElement>(el, '#budget'), r.area);
      await tabTo(el, '#title');
      await type(words.title);
      await tabTo(el, '#description');
      await type(words.description);
      await tabTo(el, '#estimatedCost');
      await type('4500');
      await tabTo(el, '#submit');
      await enter(el);
      await waitUntil(() => focusedIn(el)?.id === 'sent-title', 'not sent', { timeout: 8000 });
      expect(text(el, '#sent-title')).to.equal(words.sent);
      await expect(el).to.be.accessible();
      const listed = (await (await fetch(`${liveApi()}/api/v1/budgeting/rounds/${r.round}/proposals`)).json()) as { items: { title: string; lang: string }[] };
      expect(listed.items.find((p) => p.title === words.title)?.lang).to.equal(lang);
    });
  }
});

const RECEIPTS = {
  fi: { stored: 'Äänesi on vaaliuurnassa', notFound: 'Tällä kuittikoodilla ei löytynyt ääntä', invalid: 'Tarkista kuittikoodi' },
  sv: { stored: 'Din röst finns i valurnan', notFound: 'Ingen röst hittades med den här kvittokoden', invalid: 'Kontrollera kvittokoden' },
  en: { stored: 'Your vote is in the ballot box', notFound: 'No vote was found with this receipt code', invalid: 'Check the receipt code' },
} as const;

describe('<kohtaamo-budget-receipt> by keyboard alone', () => {
  let round: Round;
  before(async () => {
    round = await demoRound();
  });

  for (const lang of LANGS) {
    it(`verifies a code, then is told of a wrong one and a mistyped one (${lang})`, async () => {
      const [code] = await votingCodes(round.id);
      const receipt = await castBallot(round.id, round.budgets[0]!.id, code!);
      const words = RECEIPTS[lang];
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<kohtaamo-budget-receipt api=${liveApi()} round=${round.id} lang=${lang}></kohtaamo-budget-receipt>`);
      const result = () => text(el, '[part="result"]');

      await tabTo(el, 'input');
      await type(receipt);
      await enter(el);
      await waitUntil(() => result().includes(words.stored), `no answer: ${result()}`);
      await expect(el).to.be.accessible();

      // A well-formed code no ballot has: said in the result.
      await tabTo(el, 'input', { backwards: true });
      await clearField();
      await type(generateReceiptCode());
      await enter(el);
      await waitUntil(() => result().includes(words.notFound), `no answer: ${result()}`);
      await expect(el).to.be.accessible();

      // A mistyped one: said by the field, which keeps what was typed.
      await clearField();
      await type('ABCD-1234');
      await enter(el);
      await waitUntil(() => shadow(el).querySelector('#receipt-error'), 'no field error');
      expect(text(el, '#receipt-error')).to.contain(words.invalid);
      expect($(el, 'input').getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(el, 'input').value).to.equal('ABCD-1234');
      expect(focusedIn(el)?.localName).to.equal('input');
      await expect(el).to.be.accessible();
    });
  }
});

const RESULTS = {
  fi: { won: 'Valittiin 1. hankkeena.', lost: 'Ei mahtunut', download: 'Äänet avoimena datana' },
  sv: { won: 'Valdes som projekt nummer 1.', lost: 'Rymdes inte', download: 'Rösterna som öppna data' },
  en: { won: 'Chosen as project number 1.', lost: 'Did not fit', download: 'The ballots as open data' },
} as const;

describe('<kohtaamo-budget-results> by keyboard alone', () => {
  let greedy: Awaited<ReturnType<typeof publishedRound>>;
  before(async () => {
    greedy = await publishedRound('greedy');
  });

  for (const lang of LANGS) {
    it(`reaches each budget's table, its explanations and the open data by Tab (${lang})`, async () => {
      const words = RESULTS[lang];
      const el = await fixture<HTMLElement>(html`<kohtaamo-budget-results api=${liveApi()} round=${greedy.round} lang=${lang}></kohtaamo-budget-results>`);
      await waitUntil(() => shadow(el).querySelector('table'), 'no results table', { timeout: 8000 });
      // The table scrolls sideways on a narrow screen: its region takes the focus, and the arrow keys scroll it.
      const region = await tabTo(el, '.table-wrap');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-labelledby')).to.not.equal(null);
      await press('ArrowRight');
      const rows = [...region.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' '));
      expect(rows[0]).to.contain('Skeittipuisto keskustaan');
      // Why each project won or lost: a disclosure opened with Enter.
      await tabTo(el, '.why summary');
      await press('Enter');
      await waitUntil(() => shadow(el).querySelector('.why-list li'), 'no explanations', { timeout: 8000 });
      const why = [...shadow(el).querySelectorAll('.why-list li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
      expect(why[0]).to.contain('Skeittipuisto keskustaan').and.to.contain(words.won);
      expect(why.find((row) => row.includes('Lukunurkkaus'))).to.contain(words.lost);
      const link = await tabTo(el, 'a[href$=".pb"]');
      expect(link.textContent).to.contain(words.download);
      await expect(el).to.be.accessible();
    });
  }
});
