import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { generateReceiptCode, type Round } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-receipt.js';
import type { KohtaamoBudgetReceipt } from './budget-receipt.js';
import { $, liveApi, press, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { castBallot, demoRound, votingCodes } from '../budgeting-test-support.js';

let round: Round;
before(async () => {
  round = await demoRound();
});
afterEach(() => fixtureCleanup());

const receipt = (lang = 'fi', code = '') =>
  fixture<KohtaamoBudgetReceipt>(html`<kohtaamo-budget-receipt api=${liveApi()} round=${round.id} lang=${lang} code=${code}></kohtaamo-budget-receipt>`);
const result = (el: Element) => text(el, '[part="result"]');

describe('<kohtaamo-budget-receipt>', () => {
  it('renders in Finnish, Swedish and English', async () => {
    for (const [lang, title] of [
      ['fi', 'Tarkista äänesi kuittikoodilla'],
      ['sv', 'Kontrollera din röst med kvittokoden'],
      ['en', 'Check your vote with the receipt code'],
    ] as const) {
      const el = await receipt(lang);
      expect(text(el, 'label')).to.equal(title);
      await expect(el).to.be.accessible();
    }
  });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`finds a cast ballot by a code typed loosely by keyboard (${lang}), and never says what it held`, async () => {
      const [code] = await votingCodes(round.id);
      const stored = await castBallot(round.id, round.budgets[1]!.id, code!);
      const el = await receipt(lang);
      await tabTo(el, 'input');
      await type(stored.toLowerCase().replace(/-/g, ' '));
      await press('Enter');
      const expected = { fi: 'Äänesi on vaaliuurnassa', sv: 'Din röst finns i valurnan', en: 'Your vote is in the ballot box' }[lang];
      await waitUntil(() => result(el).includes(expected), `no answer: ${result(el)}`);
      expect($<HTMLInputElement>(el, 'input').value).to.equal(stored);
      expect($(el, '[part="result"]').getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });
  }

  it('says by the field when the code is malformed, and in the result when no ballot has it', async () => {
    const el = await receipt('en');
    await tabTo(el, 'input');
    await type('ABCD-1234');
    await press('Enter');
    await waitUntil(() => el.shadowRoot!.querySelector('#receipt-error'), 'no field error');
    expect($(el, 'input').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, 'input').getAttribute('aria-describedby')).to.contain('receipt-error');
    await expect(el).to.be.accessible();

    const unknown = await receipt('en', generateReceiptCode());
    await waitUntil(() => result(unknown).includes('No vote was found'), `no answer: ${result(unknown)}`);
    await expect(unknown).to.be.accessible();
  });

  it('checks with a part loaded after the form; when it cannot be loaded, says so and checks on the next try (issue 7)', async () => {
    const [code] = await votingCodes(round.id);
    const stored = await castBallot(round.id, round.budgets[1]!.id, code!);
    // The import swapped before the element is on the page, so its prefetch fails too.
    const el = document.createElement('kohtaamo-budget-receipt') as KohtaamoBudgetReceipt;
    const load = el.checkPart.load;
    let online = false;
    el.checkPart.load = () => (online ? load() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    Object.assign(el, { api: liveApi(), round: round.id, lang: 'fi' });
    await fixture(html`<div>${el}</div>`);
    await tabTo(el, 'input');
    await type(stored);
    await press('Enter');
    await waitUntil(() => result(el).length > 0 && !result(el).includes('Tarkistetaan'), 'no answer');
    expect(result(el)).to.equal('Tarkistus ei onnistunut juuri nyt. Yritä uudelleen.');
    expect($<HTMLInputElement>(el, 'input').value).to.equal(stored);
    await expect(el).to.be.accessible();

    online = true;
    await tabTo(el, 'button');
    await press('Enter');
    await waitUntil(() => result(el).includes('Äänesi on vaaliuurnassa'), `no answer: ${result(el)}`);
  });
});
