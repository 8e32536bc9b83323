import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { REMEMBERED_STORAGE_KEY } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-status.js';
import type { KohtaamoFeedbackStatus } from './feedback-status.js';
import { liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:')) localStorage.removeItem(key);
});
afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-status>: reports sent from this device', () => {
  it('lists them with their status, marks a reply not seen yet, and clears the mark once looked at', async () => {
    // As the form leaves it after sending: never looked at since.
    localStorage.setItem(
      REMEMBERED_STORAGE_KEY,
      JSON.stringify([
        { trackingCode: 'PARK-2025-B', createdAt: '2025-05-02T13:45:00.000Z', seenStatus: null, seenReplyAt: null },
        { trackingCode: 'HE1N-2025-A', createdAt: '2025-05-08T15:20:00.000Z', seenStatus: 'allocated', seenReplyAt: null },
      ]),
    );
    const el = await fixture<KohtaamoFeedbackStatus>(html`<kohtaamo-feedback-status api=${liveApi()} lang="fi"></kohtaamo-feedback-status>`);
    await waitUntil(() => text(el, '[part="remembered"]').includes('Käsitelty'), 'statuses loaded', { timeout: 5000 });
    await expect(el).to.be.accessible();
    const items = () => [...shadow(el).querySelectorAll('[part="remembered"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items()[0]).to.contain('Näytä PARK-2025-B').and.to.contain('Käsitelty').and.to.contain('Uusi vastaus');
    expect(items()[1]).to.contain('Ohjattu käsittelijälle').and.not.to.contain('Uusi vastaus');
    await tabTo(el, '[part="remembered"] button');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('[part="result"]'), 'shown');
    expect(text(el, '[part="reply"]')).to.contain('Kiitos ilmoituksesta');
    await waitUntil(() => !items()[0]!.includes('Uusi vastaus'), 'the mark goes once seen');
    const stored = JSON.parse(localStorage.getItem(REMEMBERED_STORAGE_KEY)!) as { seenReplyAt: string | null }[];
    expect(stored[0]!.seenReplyAt).to.equal('2025-05-06T11:30:00.000Z');
  });
});
