// Helpers for the element tests (browser only, never bundled). A test drives an element the way
// a person does: with the keyboard, through the real Kohtaamo server the test runner started.
import { sendKeys } from '@web/test-runner-commands';

declare global {
  // The BDD globals of the Mocha that web-test-runner puts on the page (no @types/mocha here).
  type MochaBody = () => void | Promise<void>;
  function describe(title: string, body: () => void): void;
  function it(title: string, body: MochaBody): void;
  function before(body: MochaBody): void;
  function after(body: MochaBody): void;
  function beforeEach(body: MochaBody): void;
  function afterEach(body: MochaBody): void;

  interface Window {
    /** The live Kohtaamo server of this test run (web-test-runner.config.js). */
    KOHTAAMO_TEST_API: string;
    /** A loopback port nothing listens on: every request to it is refused. */
    KOHTAAMO_TEST_DEAD_API: string;
    /** A live server whose submission rate limit is 2 per 10 minutes (a real 429 after that). */
    KOHTAAMO_TEST_LIMITED_API: string;
    /** A live server whose KOHTAAMO_ORIGINS lists another site only: this page's origin is refused. */
    KOHTAAMO_TEST_FOREIGN_API: string;
    /** A live server that imported vapaaehtoistyo.fi's tasks from a loopback stand-in of the portal (scripts/wtr-portal-server.mjs). */
    KOHTAAMO_TEST_PORTAL_API: string;
    /** A staff token of the demo administrator (KOHTAAMO_DEMO_STAFF_TOKEN of the test server). */
    KOHTAAMO_TEST_STAFF_TOKEN: string;
  }
}

export const liveApi = (): string => window.KOHTAAMO_TEST_API;
export const deadApi = (): string => window.KOHTAAMO_TEST_DEAD_API;

export function shadow(host: Element): ShadowRoot {
  if (!host.shadowRoot) throw new Error(`${host.localName} has no shadow root`);
  return host.shadowRoot;
}

/** The element with keyboard focus inside the host's shadow root. */
export function focusedIn(host: Element): Element | null {
  return shadow(host).activeElement;
}

export function $<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = shadow(host).querySelector<E>(selector);
  if (!found) throw new Error(`${host.localName}: nothing matches ${selector}`);
  return found;
}

/** The text of what the selector names in the host (whitespace collapsed), "" when it is not there. */
export function text(host: Element, selector?: string): string {
  const root = selector === undefined ? shadow(host) : shadow(host).querySelector(selector);
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const press = (key: string): Promise<void> => sendKeys({ press: key });
export const type = (value: string): Promise<void> => sendKeys({ type: value });

/**
 * Types a day (`yyyy-mm-dd`) into the focused `<input type=date>` as a person does, segment by
 * segment in the order the browser's locale shows them (en-US: month, day, year).
 */
export async function typeDate(iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2026, 11, 24));
  const value: Record<string, string> = { year, month, day };
  for (const part of parts) if (part.type in value) await sendKeys({ type: value[part.type]! });
}

/** Types a time (`hh:mm`, 24 h) into the focused `<input type=time>`, with AM/PM where the browser's locale shows a 12-hour clock. */
export async function typeTime(hhmm: string): Promise<void> {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const twelve = new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  const hour = twelve ? ((h + 11) % 12) + 1 : h;
  await sendKeys({ type: `${String(hour).padStart(2, '0')}${String(m).padStart(2, '0')}${twelve ? (h < 12 ? 'A' : 'P') : ''}` });
}

/** Empties the focused text field as a person does: select all, then delete. */
export async function clearField(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await press('KeyA');
  await sendKeys({ up: 'Control' });
  await press('Backspace');
}

/** Presses Tab (or Shift+Tab) until the focus is on what the selector names in the host. */
export async function tabTo(host: Element, selector: string, { backwards = false, max = 40 } = {}): Promise<HTMLElement> {
  for (let i = 0; i <= max; i++) {
    const active = focusedIn(host);
    if (active?.matches(selector)) return active as HTMLElement;
    if (backwards) {
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
    } else {
      await press('Tab');
    }
  }
  throw new Error(`Tab never reached ${selector} in ${host.localName}`);
}

/** With a select focused, presses ArrowDown until it shows the option with the value. */
export async function arrowToOption(select: HTMLSelectElement, value: string): Promise<void> {
  for (let i = 0; i <= select.options.length; i++) {
    if (select.value === value) return;
    await press('ArrowDown');
  }
  throw new Error(`No option ${value} reached with ArrowDown (at ${select.value})`);
}

/** How many requests this page has made to a URL so far (Resource Timing). */
export function requestsTo(url: string): number {
  return performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;
}
