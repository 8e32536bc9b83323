import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { Round } from '@kohtaamo/core';
import '../../define/kohtaamo-budget-ballot.js';
import type { KohtaamoBudgetBallot } from './budget-ballot.js';
import { liveApi, shadow, text } from '../../testing/browser-test-helpers.js';
import { demoRound } from '../budgeting-test-support.js';

// The ballot's parts come when the round's data asks for them (issue 7, ADR 0098). This file has
// a page of its own, so what a test finds among the page's loaded modules was loaded by this file.
let round: Round;
before(async () => {
  round = await demoRound();
  // The page's static modules filled the default buffer (250): the parts are loaded after this.
  performance.setResourceTimingBufferSize(10_000);
  performance.clearResourceTimings();
});
afterEach(() => fixtureCleanup());

const loaded = (part: string): boolean => performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));
const ballot = (budget: string) =>
  fixture<KohtaamoBudgetBallot>(html`<kohtaamo-budget-ballot api=${liveApi()} round=${round.id} lang="fi" budget=${budget}></kohtaamo-budget-ballot>`);

describe('<kohtaamo-budget-ballot> parts', () => {
  it('a page that names the area draws its approval ballot without the area choice, the points part nor the knapsack part; a round of several areas without one loads the area choice', async () => {
    expect(round.budgets.length, 'the demo round has several areas').to.be.greaterThan(1);
    const named = await ballot(round.budgets[1]!.id);
    await waitUntil(() => shadow(named).querySelector('input[name=project]'), 'never showed the projects', { timeout: 8000 });
    expect(shadow(named).querySelector('input[name=budget]')).to.equal(null);
    expect(loaded('budget-ballot.areas'), 'the area choice was loaded').to.equal(false);
    // The demo round's ballots are approval ballots: no points field, no points part.
    expect(shadow(named).querySelector('input[type=number]')).to.equal(null);
    expect(loaded('budget-ballot.points'), 'the points part was loaded').to.equal(false);
    expect(loaded('budget-ballot.knapsack'), 'the knapsack part was loaded').to.equal(false);
    fixtureCleanup();

    const choosing = await ballot('');
    await waitUntil(() => shadow(choosing).querySelector('input[name=budget]'), 'never showed the area choice', { timeout: 8000 });
    expect(text(choosing, 'legend')).to.equal('Valitse alue, jonka hankkeista äänestät');
    expect(loaded('budget-ballot.areas'), 'the area choice was not loaded').to.equal(true);
    await expect(choosing).to.be.accessible();
  });
});
