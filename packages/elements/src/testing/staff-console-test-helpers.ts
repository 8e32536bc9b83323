// Helpers for the staff consoles' tests (browser only, never bundled): signing in by keyboard,
// and the reload whose signed-in part fails to load once, which every console must survive.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { StaffConsoleElement } from '../staff/staff-console-element.js';
import type { SignedInPart } from '../staff/staff-console.js';
import { STAFF_TOKEN_STORAGE_KEY } from '../staff/staff-sign-in.js';
import { liveApi, press, shadow, tabTo, text, type } from './browser-test-helpers.js';

/** The platform's text for a server that cannot be reached, in each language. */
export const NETWORK_TEXT = {
  fi: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  sv: 'Det gick inte att nå servern. Kontrollera nätverksanslutningen och försök igen.',
  en: 'The server could not be reached. Check your connection and try again.',
} as const;

/** What a console's signed-in state shows once it is there: a selector and its name for a failed wait. */
export interface SignedInShows {
  readonly ready: (el: Element) => unknown;
  readonly what: string;
}

/** Types the token into the sign-in form by keyboard, sends it with Enter and waits for the signed-in console. */
export async function signInByKeyboard(el: Element, token: string, shows: SignedInShows): Promise<void> {
  await tabTo(el, '#token');
  await type(token);
  await press('Enter');
  await waitUntil(() => shows.ready(el), shows.what, { timeout: 10_000 });
}

/**
 * A reload with the token kept in this tab: the console (`tag`) is connected with its signed-in
 * part's import failing once. No sign-in form flashes; the retry shows the network text by an
 * alert, the token stays kept, axe passes; Retry by keyboard imports the part again and the
 * signed-in console shows, still without the sign-in form.
 */
export async function reloadSignedInFailingOnce(tag: string, lang: keyof typeof NETWORK_TEXT, token: string, shows: SignedInShows): Promise<void> {
  sessionStorage.setItem(STAFF_TOKEN_STORAGE_KEY, token);
  const el = document.createElement(tag) as StaffConsoleElement<SignedInPart>;
  el.api = liveApi();
  el.lang = lang;
  const lazy = el.signedInPart;
  const load = lazy.load;
  let calls = 0;
  lazy.load = () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
  // Connected only now, with the import swapped: the prefetch and the first try both fail.
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.updateComplete;
  expect(shadow(el).querySelector('#token')).to.equal(null);
  await waitUntil(() => shadow(el).querySelector('#retry-load'), 'the retry shows', { timeout: 10_000 });
  expect(text(el, '[role=alert] p')).to.equal(NETWORK_TEXT[lang]);
  expect(shadow(el).querySelector('#token')).to.equal(null);
  expect(sessionStorage.getItem(STAFF_TOKEN_STORAGE_KEY)).to.equal(token);
  await expect(el).to.be.accessible();
  await tabTo(el, '#retry-load');
  await press('Enter');
  await waitUntil(() => shows.ready(el), shows.what, { timeout: 10_000 });
  expect(calls).to.equal(2);
  expect(shadow(el).querySelector('#token')).to.equal(null);
  await expect(el).to.be.accessible();
}
