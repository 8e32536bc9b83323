// A space or unit whose name is not given in the page's language (issue 12): the booking
// calendar, its manage view, the staff console and the figures show it in the first language
// that has it (fi → sv → en, core's pickText, as the finder and the other domains' widgets do)
// and mark it with that language where the name stands alone (WCAG 2.1 SC 3.1.2). The widgets
// talk to the real server through the real client; only the names in its JSON answers are
// emptied on the way, as a register that names its spaces in fewer languages would send them.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { BOOKING_PATHS, createApiClient, dayOf, isoDate, mondayOf, parseWall, type HttpClient, type Locale } from '@kohtaamo/core';
import '../define/kohtaamo-space-booking.js';
import '../define/kohtaamo-space-console.js';
import '../define/kohtaamo-space-figures.js';
import type { KohtaamoSpaceBooking } from './space-booking/space-booking.js';
import type { KohtaamoSpaceConsole } from './space-console/space-console.js';
import type { KohtaamoSpaceFigures } from './space-figures/space-figures.js';
import { STAFF_TOKEN_STORAGE_KEY } from './space-console/space-console.js';
import { liveApi, shadow, text } from '../testing/browser-test-helpers.js';

/** A localized text as the server sends it: an object of exactly fi, sv and en strings. */
function isLocalized(value: object): value is Record<Locale, string> {
  const keys = Object.keys(value).sort();
  return keys.join() === 'en,fi,sv' && keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string');
}

/** The real fetch, with every localized text in a JSON answer emptied but in the languages kept. */
function namesOnlyIn(keep: readonly Locale[]): typeof fetch {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    if (isLocalized(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keep.includes(k as Locale) ? v : '']));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)]));
  };
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!/json/.test(response.headers.get('content-type') ?? '')) return response;
    const body = strip(await response.json());
    return new Response(JSON.stringify(body), { status: response.status, headers: { 'content-type': response.headers.get('content-type')! } });
  };
}

const client = (keep: readonly Locale[], token?: string): HttpClient =>
  createApiClient({ baseUrl: liveApi(), fetch: namesOnlyIn(keep), ...(token ? { credentials: () => token } : {}) });

const weekAhead = (weeks: number) => isoDate(dayOf(Date.now()) + 7 * weeks);

beforeEach(() => sessionStorage.removeItem(STAFF_TOKEN_STORAGE_KEY));
afterEach(() => fixtureCleanup());

describe('space widgets: a name not given in the page\'s language', () => {
  for (const [keep, lang, title] of [
    [['sv', 'en'], 'fi', 'Varaa: Mötesrum Kymi'],
    [['en'], 'fi', 'Varaa: Meeting room Kymi'],
    [['fi'], 'sv', 'Boka: Kokoushuone Kymi'],
    [['sv'], 'en', 'Book: Mötesrum Kymi'],
  ] as const) {
    it(`the booking calendar names the resource in ${keep.join(' or ')} on a page in ${lang}`, async () => {
      const el = await fixture<KohtaamoSpaceBooking>(html`<kohtaamo-space-booking resource="library-room-2" date=${weekAhead(9)} lang=${lang} .http=${client(keep)}></kohtaamo-space-booking>`);
      await waitUntil(() => shadow(el).querySelector('table[role="grid"]'), 'no calendar', { timeout: 10_000 });
      expect(text(el, 'h2')).to.equal(title);
      await expect(el).to.be.accessible();
    });
  }

  it('the manage view names the space in Swedish, marked lang="sv", on a Finnish page', async () => {
    // A Thursday ten weeks ahead: the finder's tests ask for room 2 at ten on Tuesdays.
    const start = parseWall(`${isoDate(mondayOf(dayOf(Date.now())) + 7 * 10 + 3)}T10:00`);
    const response = await fetch(`${liveApi()}${BOOKING_PATHS.bookings}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resourceId: 'library-room-2', start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString(), name: 'Nimi Testi', email: `names-${Date.now()}@example.fi` }),
    });
    expect(response.status).to.equal(201);
    const made = (await response.json()) as { id: string; manageCode: string };
    history.replaceState(null, '', `${location.pathname}${location.search}#code=${made.manageCode}`);
    try {
      const el = await fixture<KohtaamoSpaceBooking>(html`<kohtaamo-space-booking manage booking=${made.id} lang="fi" .http=${client(['sv'])}></kohtaamo-space-booking>`);
      // The booking and its space are two reads: the facts can show before the space's name has come.
      await waitUntil(() => shadow(el).querySelector('.facts dd') && text(el, 'h2').includes('Mötesrum Kymi'), "no booking shown with its space's name", { timeout: 10_000 });
      const dd = [...shadow(el).querySelectorAll('dd')].find((d) => d.textContent === 'Mötesrum Kymi');
      expect(dd, 'the space by its Swedish name').to.exist;
      expect(dd!.getAttribute('lang')).to.equal('sv');
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('the staff console names the units in Swedish, marked lang="sv", on a Finnish page', async () => {
    const el = await fixture<KohtaamoSpaceConsole>(html`<kohtaamo-space-console lang="fi" .http=${client(['sv'], window.KOHTAAMO_TEST_STAFF_TOKEN)}></kohtaamo-space-console>`);
    await waitUntil(() => shadow(el).querySelector('#unit option') && !text(el, '.count').includes('…'), 'the console shows', { timeout: 10_000 });
    const options = [...shadow(el).querySelectorAll<HTMLOptionElement>('#unit option')];
    expect(options.map((o) => o.textContent)).to.include('Heinola bibliotek');
    expect(options.every((o) => o.textContent && o.getAttribute('lang') === 'sv')).to.equal(true, 'each name shown and marked');
    await expect(el).to.be.accessible();
  });

  it('the figures name spaces and units in English on a Swedish page, the space marked lang="en"', async () => {
    const year = new Date().getFullYear();
    const el = await fixture<KohtaamoSpaceFigures>(html`<kohtaamo-space-figures lang="sv" from="${year}-01" months="12" .http=${client(['en'])}></kohtaamo-space-figures>`);
    await waitUntil(() => shadow(el).querySelector('tbody th[scope="row"] span'), 'no utilisation table', { timeout: 10_000 });
    const row = [...shadow(el).querySelectorAll('tbody th[scope="row"]')].find((th) => th.textContent!.includes('Meeting room Kymi'));
    expect(row, 'the room by its English name').to.exist;
    expect(row!.textContent!.trim()).to.equal('Meeting room Kymi, Heinola Library');
    expect(row!.querySelector('span')?.getAttribute('lang')).to.equal('en');
    expect(text(el, 'tbody')).to.not.match(/^,|\s,/, 'no empty name before a comma');
    await expect(el).to.be.accessible();
  });
});
