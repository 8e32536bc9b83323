import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { generateReceiptCode } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-ballot.js';
import type { KohtaamoBudgetBallot } from './budget-ballot.js';
import { $, shadow, text } from '../../testing/browser-test-helpers.js';
import { fixtureBallotApi } from '../budgeting-test-support.js';

// The ballot's in-between steps (issue 9: axe in every state): while the round is on its way, and
// while the vote is being sent, in fi, sv and en. The API answers only when the test lets it.

const CODE = generateReceiptCode();
afterEach(() => fixtureCleanup());

const LOADING = { fi: 'Ladataan…', sv: 'Laddar…', en: 'Loading…' } as const;
const SENDING = { fi: 'Lähetetään ääntä…', sv: 'Rösten skickas…', en: 'Sending your vote…' } as const;

/** A promise and the function that settles it. */
function gate(): { open: () => void; wait: Promise<void> } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { open, wait };
}

describe('<kohtaamo-budget-ballot> loading and sending', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`says it is loading, then sending, and passes axe in both steps (${lang})`, async () => {
      const api = fixtureBallotApi({ type: 'approval', minProjects: 1, maxProjects: 3 });
      const roundGate = gate();
      const castGate = gate();
      const round = api.round.bind(api);
      const cast = api.cast.bind(api);
      api.round = async (...args) => (await roundGate.wait, round(...args));
      api.cast = async (...args) => (await castGate.wait, cast(...args));
      const el = await fixture<KohtaamoBudgetBallot>(html`<kohtaamo-budget-ballot round="testi-2027" code=${CODE} lang=${lang} .budgetingApi=${api}></kohtaamo-budget-ballot>`);

      await waitUntil(() => text(el, '.loading') === LOADING[lang], 'no loading notice');
      expect($(el, '.loading').getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();

      roundGate.open();
      await waitUntil(() => shadow(el).querySelector('#p-pfix000001'), 'no ballot');
      $<HTMLInputElement>(el, '#p-pfix000001').click();
      $(el, '#review').click();
      await waitUntil(() => shadow(el).querySelector('#cast'), 'no confirmation', { timeout: 8000 });
      $(el, '#cast').click();
      await waitUntil(() => text(el, '.confirm .loading') === SENDING[lang], 'no sending notice');
      expect($(el, '#cast').getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '.confirm .loading').getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();

      castGate.open();
      await waitUntil(() => shadow(el).querySelector('#done-title'), 'not stored', { timeout: 8000 });
      expect(api.requests.filter((r) => r.method === 'POST')).to.have.length(1);
    });
  }
});
