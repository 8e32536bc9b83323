import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { FEEDBACK_PATHS, newIdempotencyKey } from '@kohtaamo/core';
import '../../define/kohtaamo-feedback-form.js';
import type { KohtaamoFeedbackForm } from './feedback-form.js';
import { $, arrowToOption, press, shadow, tabTo, text, type } from '../../testing/browser-test-helpers.js';

// This test talks to the second test server, whose limit is 2 submissions per 10 minutes
// (scripts/wtr-limited-server.mjs): the 429 and its Retry-After are real.
const limitedApi = () => window.KOHTAAMO_TEST_LIMITED_API;
const MESSAGE = 'Liikennevalot vilkkuvat keltaista Torikadun risteyksessä.';

afterEach(() => {
  fixtureCleanup();
  for (const key of Object.keys(localStorage)) if (key.startsWith('kohtaamo:')) localStorage.removeItem(key);
});

describe('<kohtaamo-feedback-form> over the submission rate limit', () => {
  it('shows the rate-limited notice with the server’s wait, keeps what was typed and offers a retry', async function (this: { timeout(ms: number): void }) {
    this.timeout(150_000);
    // Use up this browser's submissions first, as two earlier reports would; the third's 429
    // says how long the server's window has left (its Retry-After).
    const useUp = async (): Promise<number> => {
      let last: Response | undefined;
      for (let i = 0; i < 3; i++) {
        last = await fetch(`${limitedApi()}${FEEDBACK_PATHS.submissions}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'Idempotency-Key': newIdempotencyKey() },
          body: JSON.stringify({ category: 'streets', message: `Aiempi palaute numero ${i}.`, lang: 'fi' }),
        });
      }
      expect(last!.status).to.equal(429);
      return Number(last!.headers.get('Retry-After'));
    };
    let retryAfter = await useUp();
    // The server's windows follow the clock (10-minute windows): with under a minute left, the
    // window could turn while the form is filled in and its submission would pass. Wait for the
    // next window and use that one up instead.
    if (retryAfter < 60) {
      await new Promise((resolve) => setTimeout(resolve, (retryAfter + 1) * 1000));
      retryAfter = await useUp();
    }
    expect(retryAfter).to.be.at.least(60).and.at.most(600);

    const el = await fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form
      id=${`limited-${Date.now()}`}
      api=${limitedApi()}
      lang="fi"
    ></kohtaamo-feedback-form>`);
    await waitUntil(() => shadow(el).querySelector<HTMLSelectElement>('select[name=category]:not([disabled])'), 'no topics');
    await expect(el).to.be.accessible();
    const select = (await tabTo(el, 'select[name=category]')) as HTMLSelectElement;
    await arrowToOption(select, 'streets');
    await tabTo(el, 'textarea[name=message]');
    await type(MESSAGE);
    await tabTo(el, 'button[type=submit]');
    await press('Enter');

    await waitUntil(() => text(el, '[part="notice"] [role=status]').startsWith('Liian monta'), 'no rate-limited notice', { timeout: 10_000 });
    expect(text(el, '[part="notice"] [role=status]')).to.equal('Liian monta lähetystä lyhyessä ajassa. Yritämme uudelleen hetken kuluttua.');
    // The countdown follows the server's Retry-After (the rest of the window, told again to the form).
    const countdown = text(el, '.countdown');
    const seconds = Number(/(\d+)/.exec(countdown)?.[1]);
    expect(seconds).to.be.greaterThan(30).and.at.most(retryAfter);
    expect($<HTMLTextAreaElement>(el, 'textarea[name=message]').value).to.equal(MESSAGE);
    const retry = await tabTo(el, '[part="notice"] button');
    expect(retry.textContent?.trim()).to.not.equal('');
    await expect(el).to.be.accessible();
  });
});
