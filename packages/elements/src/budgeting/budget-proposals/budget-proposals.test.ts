import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-budget-proposals.js';
import type { KohtaamoBudgetProposals, KohtaamoBudgetProposalSubmittedEvent } from './budget-proposals.js';
import { $, deadApi, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { createApiClient, createBudgetingApi } from '@kohtaamo/core';
import { demoRound, fixtureRound, manyProposalsRound, proposalRound } from '../budgeting-test-support.js';

afterEach(() => {
  fixtureCleanup();
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:budget-proposal:')) localStorage.removeItem(key);
});

const proposals = (round: string, lang = 'fi', api = liveApi()) =>
  fixture<KohtaamoBudgetProposals>(html`<kohtaamo-budget-proposals api=${api} round=${round} lang=${lang}></kohtaamo-budget-proposals>`);
/** With a select focused, presses ArrowDown, then ArrowUp, until it shows the option with the value. */
async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i <= select.options.length && select.value !== value; i++) await press(key);
  }
  expect(select.value).to.equal(value);
}
const listed = (el: Element, count: number) => waitUntil(() => shadow(el).querySelectorAll('[part="proposal"]').length === count, `not ${count} proposals listed`, { timeout: 8000 });

describe('<kohtaamo-budget-proposals>', () => {
  let r: Awaited<ReturnType<typeof proposalRound>>;
  before(async () => {
    r = await proposalRound();
  });

  it('filters the proposals by theme, status and cost, and reads one with the city’s reason, by keyboard (fi)', async () => {
    const el = await proposals(r.round);
    await listed(el, 3);
    await expect(el).to.be.accessible();
    expect(text(el, '#count')).to.equal('3 ehdotusta');

    // Only the theme "Nuoret".
    const budget = await tabTo(el, '#filter-budget');
    await choose(budget as HTMLSelectElement, r.theme);
    await tabTo(el, '#apply');
    await press('Enter');
    await listed(el, 1);
    expect(text(el, '#count')).to.equal('1 ehdotus');
    expect(text(el, '.list')).to.contain('Nuorten bänditila').and.to.contain('Jätetty, odottaa arviointia').and.to.contain('Nuoret');

    // The area, rejected ones only.
    await tabTo(el, '#filter-budget', { backwards: true });
    await choose(budget as HTMLSelectElement, r.area);
    await tabTo(el, '#filter-status');
    await choose($<HTMLSelectElement>(el, '#filter-status'), 'rejected');
    await tabTo(el, '#apply');
    await press('Enter');
    await waitUntil(() => text(el, '.list').includes('Uusi jäähalli keskustaan'), 'not filtered to the rejected one');
    await listed(el, 1);

    // Any status, at most 20 000 € (the city's estimate counts where there is one).
    await tabTo(el, '#filter-status', { backwards: true });
    await choose($<HTMLSelectElement>(el, '#filter-status'), '');
    await tabTo(el, '#filter-max');
    await type('20000');
    await tabTo(el, '#apply');
    await press('Enter');
    await waitUntil(() => text(el, '.list').includes('Penkkejä torille'), 'not filtered by cost');
    await listed(el, 1);
    expect(text(el, '.list')).to.contain('Penkkejä torille').and.to.match(/Kaupungin kustannusarvio 15\s000\s€/);
    await expect(el).to.be.accessible();

    // Read it, and come back to the same place.
    await tabTo(el, `#read-${r.proposals.feasible}`);
    await press('Enter');
    await waitUntil(() => text(el, '#detail-title') === 'Penkkejä torille', 'the proposal did not open');
    expect(focusedIn(el)?.id).to.equal('detail-title');
    expect(text(el, '.detail')).to.contain('Toteuttamiskelpoinen').and.to.match(/Ehdottajan hinta-arvio 12\s000\s€/);
    expect(shadow(el).querySelector('.detail img'), 'a proposal without an image shows none').to.equal(null);
    await expect(el).to.be.accessible();
    await tabTo(el, '#back');
    await press('Enter');
    await el.updateComplete;
    expect(focusedIn(el)?.id).to.equal(`read-${r.proposals.feasible}`);
  });

  it('shows a rejected proposal’s public reason (sv) and the list in English', async () => {
    const sv = await proposals(r.round, 'sv');
    await listed(sv, 3);
    await expect(sv).to.be.accessible();
    await tabTo(sv, `#read-${r.proposals.rejected}`);
    await press('Enter');
    await waitUntil(() => text(sv, '.detail').includes('Motivering: Jäähalli on moninkertaisesti budjettia suurempi.'), 'no reason shown');
    expect(text(sv, '.detail')).to.contain('Avslaget');
    await expect(sv).to.be.accessible();
    fixtureCleanup();
    const en = await proposals(r.round, 'en');
    await listed(en, 3);
    expect(text(en, '#count')).to.equal('3 proposals');
    expect(text(en, '.new')).to.contain('Proposals can be submitted until');
    await expect(en).to.be.accessible();
  });

  it('submits a new proposal by keyboard: errors by their fields and in a summary, then the receipt (fi)', async () => {
    const el = await proposals(r.round);
    await listed(el, 3);
    const events: KohtaamoBudgetProposalSubmittedEvent[] = [];
    el.addEventListener('kohtaamo-budget-proposal-submitted', (e) => events.push(e));
    await tabTo(el, '#open-form');
    await press('Enter');
    await el.updateComplete;
    expect(focusedIn(el)?.id).to.equal('form-title');
    await expect(el).to.be.accessible();

    // Sent empty: every missing field is named in the summary, which takes the focus.
    await tabTo(el, '#title');
    await type('Lyhyt');
    await tabTo(el, '#submit');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#summary'), 'no error summary');
    await el.updateComplete;
    expect(focusedIn(el)?.id).to.equal('summary');
    const summary = text(el, '#summary');
    expect(summary).to.contain('korjattavaa').and.to.contain('Alue tai teema').and.to.contain('Kuvaus').and.to.contain('Anna arvioitu hinta euroina.');
    expect($(el, '#description').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#description').getAttribute('aria-describedby')).to.contain('description-error');
    await expect(el).to.be.accessible();

    // A link of the summary takes the focus to its field.
    await tabTo(el, '#summary a[href="#budget"]');
    await press('Enter');
    expect(focusedIn(el)?.id).to.equal('budget');
    await choose($<HTMLSelectElement>(el, '#budget'), r.area);
    await tabTo(el, '#description');
    await type('Penkit ja roska-astiat rannan kävelytien varteen, jotta kävelijät voivat levätä.');
    await tabTo(el, '#estimatedCost');
    await type('8 000 €');
    await tabTo(el, '#address');
    await type('Rantapuisto');
    await tabTo(el, '#submit');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#sent-title'), 'not sent', { timeout: 8000 });
    await el.updateComplete;
    expect(focusedIn(el)?.id).to.equal('sent-title');
    expect(text(el, '.success')).to.contain('Ehdotus “Lyhyt” näkyy listassa');
    expect(events).to.have.length(1);
    expect(events[0]!.proposal.estimatedCost).to.equal(8000);
    expect(events[0]!.proposal.location?.address).to.equal('Rantapuisto');
    await expect(el).to.be.accessible();

    await tabTo(el, '#back');
    await press('Enter');
    await listed(el, 4);
    expect(text(el, '.list')).to.contain('Lyhyt');
  });

  it('keeps the text while the connection is down and sends it once when it is back (en)', async () => {
    const el = await proposals(r.round, 'en');
    await listed(el, 4);
    await tabTo(el, '#open-form');
    await press('Enter');
    await el.updateComplete;
    await tabTo(el, '#budget');
    await choose($<HTMLSelectElement>(el, '#budget'), r.theme);
    await tabTo(el, '#title');
    await type('Skate ramps for the youth house');
    await tabTo(el, '#description');
    await type('Movable skate ramps in the yard of the youth house, used all summer.');
    await tabTo(el, '#estimatedCost');
    await type('30000');

    // The connection goes: the request is refused for real.
    el.api = deadApi();
    await tabTo(el, '#submit');
    await press('Enter');
    await waitUntil(() => text(el, '#status-message').includes('The connection dropped'), 'no notice about the connection');
    expect($<HTMLInputElement>(el, '#title').value).to.equal('Skate ramps for the youth house');
    expect(shadow(el).querySelector('#retry')).to.not.equal(null);
    await expect(el).to.be.accessible();

    // Back again: "try now" sends it, under the same key, once.
    el.api = liveApi();
    await el.updateComplete;
    try {
      await tabTo(el, '#retry', { backwards: true });
      await press('Enter');
    } catch (error) {
      // The store's own scheduled retry (a few seconds after the failure) may send it first on a
      // slow machine: the button is gone because the proposal was sent, which is what counts.
      if (!shadow(el).querySelector('#sent-title')) throw error;
    }
    await waitUntil(() => shadow(el).querySelector('#sent-title'), 'not sent after the connection came back', { timeout: 10_000 });
    expect(text(el, '.success')).to.contain('Thank you!');
    const response = await fetch(`${liveApi()}/api/v1/budgeting/rounds/${r.round}/proposals?budget=${r.theme}`);
    const { items } = (await response.json()) as { items: { title: string }[] };
    expect(items.filter((p) => p.title === 'Skate ramps for the youth house')).to.have.length(1);
  });

  it('says so when a proposal’s page cannot be loaded, and goes back to the list (issue 7)', async () => {
    const el = await proposals(r.round);
    await waitUntil(() => shadow(el).querySelector(`#read-${r.proposals.feasible}`), 'not listed', { timeout: 8000 });
    el.detailImport = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await tabTo(el, `#read-${r.proposals.feasible}`);
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('.detail [role="alert"]'), 'no notice');
    expect(text(el, '.detail [role="alert"]')).to.equal('Ehdotuksia ei saatu ladattua.');
    await expect(el).to.be.accessible();
    await tabTo(el, '#back');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector(`#read-${r.proposals.feasible}`), 'not listed', { timeout: 8000 });
  });

  it('offers no form outside the proposal phase, and says when (sv)', async () => {
    const round = await demoRound();
    const el = await proposals(round.id, 'sv');
    await waitUntil(() => shadow(el).querySelectorAll('[part="proposal"]').length > 0, 'no proposals');
    expect(shadow(el).querySelector('#open-form')).to.equal(null);
    expect(text(el, '.new')).to.contain('Förslagsfasen är inte öppen nu');
    await expect(el).to.be.accessible();
  });

  it('gives the proposal phase’s dates as days in Helsinki, the Finnish way in fi, sv and en (issue 7)', async () => {
    // Both instants are the evening before in UTC: 00:30 on 1 March (EET) and on 1 April (EEST) in Helsinki.
    const schedule = {
      proposalsOpenAt: '2027-02-28T22:30:00Z',
      proposalsCloseAt: '2027-03-31T21:30:00Z',
      votingOpenAt: '2027-04-10T06:00:00Z',
      votingCloseAt: '2027-04-20T18:00:00Z',
      resultsAt: '2027-04-21T06:00:00Z',
      implementationAt: '2027-06-01T06:00:00Z',
    };
    const fake: typeof fetch = async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input), 'https://budget.example.fi');
      const body = url.pathname.endsWith('/proposals') ? { items: [], total: 0, next: null } : { ...fixtureRound('koko'), phase: 'review', schedule };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    };
    const api = createBudgetingApi(createApiClient({ baseUrl: 'https://budget.example.fi', fetch: fake, retries: 0 }));
    const closed = { fi: 'Ehdotusvaihe ei ole nyt auki (1.3.2027–1.4.2027).', sv: '(1.3.2027–1.4.2027)', en: '(1.3.2027–1.4.2027)' };
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const el = await fixture<KohtaamoBudgetProposals>(html`<kohtaamo-budget-proposals round="testi-2027" lang=${lang} .budgetingApi=${api}></kohtaamo-budget-proposals>`);
      await waitUntil(() => shadow(el).querySelector('.new p'), 'no dates shown');
      expect(text(el, '.new p')).to.contain(closed[lang]);
      fixtureCleanup();
    }
  });

  it('reads the list a page at a time: "Show more" adds the next page; a failed page keeps what is shown and is read again (en)', async () => {
    // 25 proposals at the HTTP boundary, in keyset pages; the second page fails once (the line dropped).
    const all = Array.from({ length: 25 }, (_, i) => ({
      id: `p${String(i + 1).padStart(9, '0')}`,
      round: 'testi-2027',
      budget: 'koko',
      title: `Proposal ${i + 1}`,
      description: '…',
      lang: 'en',
      estimatedCost: 1000 * (i + 1),
      location: null,
      status: 'submitted',
      review: null,
      implementation: null,
      submittedAt: '2026-11-01T10:00:00Z',
      image: null,
    }));
    const pages: string[] = [];
    let failNext = true;
    const fake: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), 'https://budget.example.fi');
      const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      if (url.pathname.endsWith('/proposals')) {
        // The cursor names the last proposal shown; the next page starts after it.
        const cursor = url.searchParams.get('cursor');
        const size = Number(url.searchParams.get('pageSize'));
        pages.push(`${cursor ?? '-'}/${size}`);
        if (cursor && failNext) {
          failNext = false;
          throw new TypeError('Failed to fetch');
        }
        const start = cursor ? all.findIndex((p) => `after-${p.id}` === cursor) + 1 : 0;
        const items = all.slice(start, start + size);
        const next = start + size < all.length ? `after-${items[items.length - 1]!.id}` : null;
        return json({ items, total: all.length, next });
      }
      return json({ ...fixtureRound('koko'), phase: 'review' });
    };
    const api = createBudgetingApi(createApiClient({ baseUrl: 'https://budget.example.fi', fetch: fake, retries: 0 }));
    const el = await fixture<KohtaamoBudgetProposals>(html`<kohtaamo-budget-proposals round="testi-2027" lang="en" .budgetingApi=${api}></kohtaamo-budget-proposals>`);
    await listed(el, 20);
    expect(text(el, '#count')).to.equal('25 proposals');
    await expect(el).to.be.accessible();

    await tabTo(el, '#more');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#retry-list'), 'no notice of the failed page');
    expect(shadow(el).querySelectorAll('[part="proposal"]').length).to.equal(20);
    expect(text(el, '.results [role="alert"]')).to.contain('could not be loaded');
    await expect(el).to.be.accessible();

    await tabTo(el, '#retry-list');
    await press('Enter');
    await listed(el, 25);
    expect(shadow(el).querySelector('#retry-list')).to.equal(null);
    expect(shadow(el).querySelector('#more')).to.equal(null);
    expect(text(el, '[part="proposal"]:last-child')).to.contain('Proposal 25');
    // The retry asks for the same page: after the 20th proposal.
    expect(pages).to.deep.equal(['-/20', 'after-p000000020/20', 'after-p000000020/20']);
  });

  it('pages through the real server by its cursor: "Näytä lisää" by keyboard adds the rest, each proposal once, in the order sent (fi)', async () => {
    const many = await manyProposalsRound(23);
    const el = await proposals(many.round);
    await listed(el, 20);
    expect(text(el, '#count')).to.equal('23 ehdotusta');
    await expect(el).to.be.accessible();
    await tabTo(el, '#more');
    await press('Enter');
    await listed(el, 23);
    expect(shadow(el).querySelector('#more'), 'the last page offers no more').to.equal(null);
    const ids = [...shadow(el).querySelectorAll('[part="proposal"] [id^="read-"]')].map((b) => b.id.slice('read-'.length));
    expect(ids).to.deep.equal(many.proposals);
    expect(text(el, '[part="proposal"]:last-child')).to.contain('Ehdotus 23');
    await expect(el).to.be.accessible();
  });
});
