// What issue 8 found when the form was embedded by a web editor and used on a Finnish page:
// a server that refuses the page's origin gave only "topics could not be loaded", and the photo
// picker spoke the browser's language ("Choose Files").
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-feedback-form.js';
import type { KohtaamoFeedbackForm } from './feedback-form.js';
import { $, focusedIn, liveApi, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

let count = 0;
async function form(api: string, lang: string): Promise<KohtaamoFeedbackForm> {
  return fixture<KohtaamoFeedbackForm>(html`<kohtaamo-feedback-form id=${`editor-form-${Date.now()}-${count++}`} api=${api} lang=${lang}></kohtaamo-feedback-form>`);
}

afterEach(() => fixtureCleanup());

describe('<kohtaamo-feedback-form> for the web editor', () => {
  it('a server whose KOHTAAMO_ORIGINS lacks this site: the form names the site and the setting to change', async () => {
    const el = await form(window.KOHTAAMO_TEST_FOREIGN_API, 'en');
    await waitUntil(() => shadow(el).querySelector('#category-retry'), 'the topics failed', { timeout: 10000 });
    const message = text(el, '.category-error [role=alert]');
    expect(message).to.contain(`does not allow this site (${window.location.origin})`);
    expect(message).to.contain('KOHTAAMO_ORIGINS');
    await expect(el).to.be.accessible();

    const fi = await form(window.KOHTAAMO_TEST_FOREIGN_API, 'fi');
    await waitUntil(() => shadow(fi).querySelector('#category-retry'), 'the topics failed', { timeout: 10000 });
    expect(text(fi, '.category-error [role=alert]')).to.contain('Palvelin ei salli tätä sivustoa');
  });

  for (const [lang, label] of [
    ['fi', 'Valitse kuvat'],
    ['sv', 'Välj bilder'],
    ['en', 'Choose photos'],
  ] as const) {
    it(`the photo picker's button is in the page's language (${lang}) and is reached by keyboard`, async () => {
      const el = await form(liveApi(), lang);
      await waitUntil(() => shadow(el).querySelector('select[name=category]:not([disabled])'), 'topics', { timeout: 5000 });
      await expect(el).to.be.accessible();
      // The photo picker comes with the fields after the message, at the first touch.
      expect(shadow(el).querySelector('label.file-button')).to.equal(null);
      await tabTo(el, 'select[name=category]');
      await waitUntil(() => shadow(el).querySelector('label.file-button'), 'the photo picker did not come at the first touch', { timeout: 5000 });
      await expect(el).to.be.accessible();
      const button = $(el, 'label.file-button');
      expect(button.textContent?.trim()).to.equal(label);
      expect(button.getBoundingClientRect().width).to.be.greaterThan(40);
      // The native input (with the browser's own "Choose Files") is not seen, but still there.
      const input = $<HTMLInputElement>(el, 'input[type=file]');
      expect(input.getBoundingClientRect().width).to.be.at.most(1);
      const focused = await tabTo(el, 'input[type=file]');
      expect(focused).to.equal(input);
      expect(focusedIn(el)).to.equal(input);
      expect(getComputedStyle(button).outlineStyle, 'the focus shows on the visible button').to.equal('solid');
    });
  }
});
