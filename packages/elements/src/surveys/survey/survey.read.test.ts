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

// The first read is a plain GET of the widget's own (not the API client, ADR 0108). The page's
// fetch is wrapped to see what the widget sends and, for a 5xx, to stand in for a proxy in front
// of the server that fails once (a boundary we do not own); every other answer is the real server's.
describe('<kohtaamo-survey> reads its paper with a plain GET', () => {
  const realFetch = window.fetch;
  const isRound = (url: string) => url.includes(`/api/v1/surveys/rounds/${ROUND}`);
  let seen: { url: string; authorization: string | null }[] = [];
  const wrap = (answer?: (url: string, index: number) => Response | null) => {
    seen = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      seen.push({ url, authorization: new Headers(init?.headers).get('authorization') });
      const stand = answer?.(url, seen.length - 1);
      return stand ? Promise.resolve(stand) : realFetch(input, init);
    };
  };
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('a 5xx, then the paper: the round is drawn after the retry, with no "could not load" shown', async () => {
    wrap((url, index) => (isRound(url) && index === 0 ? new Response('{"title":"Service Unavailable","status":503}', { status: 503, headers: { 'content-type': 'application/problem+json' } }) : null));
    const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} lang="fi"></kohtaamo-survey>`);
    await waitUntil(() => shadow(el).querySelector('form') || shadow(el).querySelector('.load-failed'), 'the read settles', { timeout: 10000 });
    expect(shadow(el).querySelector('.load-failed'), 'no failure shown').to.equal(null);
    expect(text(el, '[part~="page"] h2')).to.contain(TEXTS.fi.first);
    expect(seen.filter((s) => isRound(s.url)).length, 'read twice: the 503, then the paper').to.equal(2);
    expect(seen.every((s) => s.authorization === null), 'no token in web mode').to.equal(true);
  });

  it('an answer that is not JSON: "could not load" at once (not retried), and Retry now reads again', async () => {
    wrap();
    // A page of the test server that is not JSON (this test's own module, as JavaScript); the round's path becomes a fragment.
    const notJson = new URL('./survey.read.test.ts', import.meta.url).href;
    const answer = await realFetch(notJson);
    expect(answer.ok && !(answer.headers.get('content-type') ?? '').includes('json'), 'the test server answers something that is not JSON').to.equal(true);
    seen = [];
    const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${`${notJson}#`} round=${ROUND} lang="en"></kohtaamo-survey>`);
    await waitUntil(() => shadow(el).querySelector('.load-failed'), 'the load fails', { timeout: 10000 });
    expect(text(el, '.load-failed')).to.equal(TEXTS.en.failed);
    expect(seen.length, 'one request: an answer that is not JSON is not asked again').to.equal(1);
    const retry = await tabTo(el, '.actions button');
    expect(retry.textContent?.trim()).to.equal(TEXTS.en.retry);
    await press('Enter');
    await waitUntil(() => seen.length === 2 && focusedIn(el)?.matches('.load-failed'), 'Retry now reads again; it fails again, the notice takes the focus', { timeout: 10000 });
    await expect(el).to.be.accessible();
  });

  it("interviewer mode: the staff token goes with the read to the API's origin, and the round is drawn", async () => {
    wrap();
    const token = window.KOHTAAMO_TEST_STAFF_TOKEN;
    expect(token, 'the test server has a staff token').to.be.a('string').and.not.equal('');
    const el = await fixture<KohtaamoSurvey>(html`<kohtaamo-survey api=${liveApi()} round=${ROUND} mode="interviewer" .staffToken=${token} lang="fi"></kohtaamo-survey>`);
    await waitUntil(() => shadow(el).querySelector('form') || shadow(el).querySelector('.load-failed'), 'the read settles', { timeout: 10000 });
    expect(shadow(el).querySelector('.load-failed')).to.equal(null);
    expect(shadow(el).querySelector('#respondent-id'), "the interviewer's respondent field").to.not.equal(null);
    const reads = seen.filter((s) => isRound(s.url));
    expect(reads.length).to.equal(1);
    expect(new URL(reads[0]!.url).origin).to.equal(new URL(liveApi()).origin);
    expect(reads[0]!.authorization).to.equal(`Bearer ${token}`);
  });
});
