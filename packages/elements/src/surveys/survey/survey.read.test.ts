import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define/kohtaamo-survey.js';
import type { KohtaamoSurvey } from './survey.js';
import { focusedIn, liveApi, press, shadow, tabTo, text } from '../../testing/browser-test-helpers.js';

// The widget reads its round's paper with a read of its own, without valibot (ADR 0108). An answer
// that is not a paper is a failed load: the real server's published survey figures stand for a
// server answering something else (the API's base URL ends in `…/figures#`, so the round's path
// becomes a fragment the browser does not send).
const ROUND = 'heinola-asukaskysely';
const TEXTS = {
  fi: { failed: 'Kyselyä ei voitu ladata. Yritä myöhemmin uudelleen.', retry: 'Yritä nyt', first: 'Kaupungin palvelut' },
  sv: { failed: 'Enkäten kunde inte laddas. Försök igen senare.', retry: 'Försök nu', first: 'Stadens tjänster' },
  en: { failed: 'The survey could not be loaded. Please try again later.', retry: 'Try now', first: 'City services' },
} as const;

afterEach(() => {
  fixtureCleanup();
  localStorage.clear();
  sessionStorage.clear();
});

describe('<kohtaamo-survey> reads its paper', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`an answer that is not a paper: "could not load" with Retry now by keyboard, then the round once the answer is one (${lang})`, async () => {
      const T = TEXTS[lang];
      const figures = await fetch(`${liveApi()}/api/v1/surveys/figures`);
      expect(figures.ok, 'the server answers the figures').to.equal(true);
      const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${`${liveApi()}/api/v1/surveys/figures#`} round=${ROUND} lang=${lang}></kohtaamo-survey>`);
      await waitUntil(() => shadow(el).querySelector('.load-failed'), 'the load fails', { timeout: 10000 });
      expect(text(el, '.load-failed')).to.equal(T.failed);
      expect(shadow(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();

      const retry = await tabTo(el, '.actions button');
      expect(retry.textContent?.trim()).to.equal(T.retry);
      await press('Enter');
      await waitUntil(() => focusedIn(el)?.matches('.load-failed'), 'read again, it fails again: the notice takes the focus', { timeout: 10000 });
      expect(text(el, '.load-failed')).to.equal(T.failed);

      el.api = liveApi();
      await waitUntil(() => shadow(el).querySelector('form'), 'the round is drawn', { timeout: 10000 });
      expect(text(el, '[part~="page"] h2')).to.contain(T.first);
      expect(shadow(el).querySelector('.load-failed')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
