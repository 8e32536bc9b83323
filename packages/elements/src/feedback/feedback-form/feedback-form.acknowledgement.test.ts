import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { FEEDBACK_PATHS } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-form.js';
import type { KohtaamoFeedbackForm } from './feedback-form.js';
import { liveApi, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

afterEach(() => {
  fixtureCleanup();
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:')) localStorage.removeItem(key);
});

describe('<kohtaamo-feedback-form> acknowledgement', () => {
  it('shows the responsible unit’s automatic acknowledgement with the receipt, in the form’s language', async () => {
    const el = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form
      id=${`ack-${Date.now()}`}
      api=${liveApi()}
      category="library"
      lang="sv"
    ></kohtaamo-feedback-form>`);
    await waitUntil(() => shadow(el).querySelector('select[name=category]:not([disabled])'), 'the topics load');
    await tabTo(el, 'textarea[name=message]');
    await type('Fler tidningar i läsesalen, tack.');
    await tabTo(el, 'button[type=submit]');
    await press('Enter');
    await waitUntil(() => shadow(el).querySelector('[part="acknowledgement"]'), 'the acknowledgement shows', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    expect(text(el, '[part="acknowledgement"]')).to.equal('Tack för din respons! Bibliotekstjänsterna har tagit emot den och svarar dig.');

    // It is not a response by the city: the status has no reply and no first response.
    const code = text(el, '[part="tracking-code"]');
    const status = await (await fetch(`${liveApi()}${FEEDBACK_PATHS.status(code)}`)).json();
    expect(status.reply).to.equal(null);
    expect(status.acknowledgement.sv).to.equal('Tack för din respons! Bibliotekstjänsterna har tagit emot den och svarar dig.');
    expect(status.history).to.deep.equal([{ status: 'received', at: status.createdAt }]);
  });
});
