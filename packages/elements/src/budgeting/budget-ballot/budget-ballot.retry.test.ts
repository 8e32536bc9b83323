import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { BUDGETING_PATHS, createApiClient, createBudgetingApi, RECEIPT_CODE_PATTERN } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-ballot.js';
import type { KohtaamoBudgetBallot } from './budget-ballot.js';
import { $, focusedIn, liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';
import { demoRound, votingCodes } from '../budgeting-test-support.js';

afterEach(() => fixtureCleanup());

/**
 * The real server over loopback, with the network failing once at the worst moment: the first
 * cast reaches the server and is stored, and its answer is lost on the way back (ADR 0031).
 */
function losingTheFirstAnswer() {
  const sent: { key: string | null; status: number }[] = [];
  const lossy: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const cast = request.method === 'POST' && new URL(request.url).pathname.endsWith('/ballots');
    const response = await fetch(request);
    if (!cast) return response;
    sent.push({ key: request.headers.get('Idempotency-Key'), status: response.status });
    if (sent.length === 1) throw new TypeError('Failed to fetch');
    return response;
  };
  return { api: createBudgetingApi(createApiClient({ baseUrl: liveApi(), fetch: lossy, retries: 0 })), sent };
}

describe('<kohtaamo-budget-ballot> when the answer to a cast is lost', () => {
  it('sending again by keyboard gets the receipt of the stored ballot, not "already voted", and the ballot counts once (fi)', async () => {
    const round = await demoRound();
    const [code] = await votingCodes(round.id);
    const { api, sent } = losingTheFirstAnswer();
    const budget = round.budgets[0]!.id;
    const el = await fixture<KohtaamoBudgetBallot>(html`<kohtaamo-budget-ballot round=${round.id} budget=${budget} lang="fi" .budgetingApi=${api}></kohtaamo-budget-ballot>`);
    await waitUntil(() => shadow(el).querySelector('input[name=project]'), 'no ballot', { timeout: 8000 });
    await tabTo(el, 'input[name=project]');
    await press('Space');
    await tabTo(el, 'input[name=code]');
    await type(code!);
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#confirm-title'), 'no confirmation step');
    await tabTo(el, '#cast');
    await press('Enter');

    // The ballot is in the box, but the browser heard nothing: it says so, and offers to send again.
    await waitUntil(() => shadow(el).querySelector('#notice'), 'no notice of the lost connection', { timeout: 8000 });
    await el.updateComplete;
    expect(focusedIn(el)?.id).to.equal('notice');
    await expect(el).to.be.accessible();
    await tabTo(el, '#cast');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('#done-title'), 'no receipt after sending again', { timeout: 8000 });
    const receipt = text(el, '[part="receipt-code"]');
    expect(receipt).to.match(RECEIPT_CODE_PATTERN);
    expect(sent.map((s) => s.status)).to.deep.equal([201, 201]);
    expect(sent[0]!.key).to.be.a('string').and.equal(sent[1]!.key);
    await expect(el).to.be.accessible();

    // The receipt is the stored ballot's; a third cast with the same code is still refused.
    const check = await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round.id}/receipts/${receipt}`);
    expect(((await check.json()) as { status: string }).status).to.equal('stored');
    const again = await fetch(`${liveApi()}${BUDGETING_PATHS.rounds}/${round.id}/budgets/${budget}/ballots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': `another-${crypto.randomUUID()}` },
      body: JSON.stringify({ voter: { code }, choices: [] }),
    });
    expect(again.status).to.equal(409);
    expect($(el, '#done-title')).to.not.equal(null);
  });
});
