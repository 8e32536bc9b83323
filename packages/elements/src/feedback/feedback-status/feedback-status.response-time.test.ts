import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { FEEDBACK_PATHS, formatDuration, newIdempotencyKey, type FeedbackStatus } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-status.js';
import type { KohtaamoFeedbackStatus } from './feedback-status.js';
import { liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

const ANSWERED = 'PARK-2025-B';

afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-status> response time', () => {
  it('shows how long the reply took, in time and working days, against the target', async () => {
    const status = (await (await fetch(`${liveApi()}${FEEDBACK_PATHS.status(ANSWERED)}`)).json()) as FeedbackStatus;
    const time = status.responseTime!;
    expect(time.firstResponseSeconds).to.be.a('number');
    const el = await fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status api=${liveApi()} lang="fi"></kohtaamo-feedback-status>`);
    await tabTo(el, 'input[name=code]');
    await type(ANSWERED);
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('[part="response-time"]'), 'no response time');
    await expect(el).to.be.accessible();
    const shown = text(el, '[part="response-time"]');
    expect(shown).to.contain(`${formatDuration(time.firstResponseSeconds!, 'fi').replace(/\s+/g, ' ')} (${time.firstResponseWorkingDays} ${time.firstResponseWorkingDays === 1 ? 'arkipäivä' : 'arkipäivää'}).`);
    expect(shown).to.contain(time.withinTarget === false ? 'Yli tavoiteajan (5 arkipäivää).' : 'Tavoiteajassa: 5 arkipäivää.');
    expect(text(el, '[part="result"] dl')).to.contain('Vastausaika');
  });

  it('a new feedback: no response yet, and the target', async () => {
    const response = await fetch(`${liveApi()}${FEEDBACK_PATHS.submissions}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': newIdempotencyKey() },
      body: JSON.stringify({ category: 'library', message: 'Lukusalin valot välkkyvät.', lang: 'en' }),
    });
    const { trackingCode } = (await response.json()) as { trackingCode: string };
    const el = await fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status api=${liveApi()} lang="en" code=${trackingCode}></kohtaamo-feedback-status>`);
    await waitUntil(() => shadow(el).querySelector('[part="response-time"]'), 'no response time');
    await expect(el).to.be.accessible();
    expect(text(el, '[part="response-time"]')).to.equal('No response yet. The target is 5 working days.');
  });
});
