// Helpers the end-to-end tests share: waiting for a widget's text through shadow roots, waiting
// for a mail on the loopback inbox, and reading a mail's .ics attachment with ical.js.
import ICAL from 'ical.js';
import type { ElementHandle, Page } from 'puppeteer-core';

/** The text of the first element matching a (deep, `>>>`) selector once it matches `pattern`. */
export async function deepText(page: Page, selector: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const handle = await page.$(selector);
    const text = handle ? await handle.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '') : '';
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`${selector}: "${text}" does not match ${pattern}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The first element matching a (deep, `>>>`) selector, polled every 100 ms (up to 20 s):
 * puppeteer's waitForSelector watches the document's mutations, which do not include what a
 * shadow root renders later (a lazy part such as the sign-up's form), so it can wait forever.
 */
export async function deepElement(page: Page, selector: string, timeout = 20_000): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.$(selector);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`${selector}: not found in ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the text of the element at `path` (each step a selector inside the previous one's
 * shadow root) matches `pattern`; returns it. A failure says what was there instead.
 */
export async function shadowText(page: Page, path: string[], pattern: RegExp, timeout = 30_000): Promise<string> {
  try {
    return await waitShadowText(page, path, pattern, timeout);
  } catch (error) {
    const seen = await waitShadowText(page, path, /[\s\S]*/, 1_000).catch(() => '(absent)');
    throw new Error(`${path.join(' >>> ')}: ${pattern} not found in "${seen.slice(0, 2000)}"`, { cause: error });
  }
}

/** Waits until the element at `path` exists (polled: `>>>` waits do not always see what a shadow root renders later). */
export async function shadowPresent(page: Page, path: string[], timeout = 30_000): Promise<void> {
  await shadowText(page, path, /[\s\S]*/, timeout);
}

async function waitShadowText(page: Page, path: string[], pattern: RegExp, timeout: number): Promise<string> {
  const handle = await page.waitForFunction(
    (steps, source) => {
      let root: Document | ShadowRoot | null = document;
      let node: Element | null = null;
      for (const step of steps) {
        node = root?.querySelector(step) ?? null;
        root = node?.shadowRoot ?? null;
      }
      const text = node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      // An object, so that an empty text still counts as found.
      return node && new RegExp(source).test(text) ? { text } : false;
    },
    { polling: 100, timeout },
    path,
    pattern.source,
  );
  return ((await handle.jsonValue()) as { text: string }).text;
}

/** Polls `probe` (every 100 ms, up to 20 s) until it gives something. */
export async function waitFor<T>(what: string, probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The .ics attachment `filename` of a raw mail (base64, as nodemailer writes it), read by ical.js. */
export function icsEvent(raw: string, filename: string): ICAL.Event {
  const name = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const part = new RegExp(`filename=${name}[\\s\\S]*?\\r?\\n\\r?\\n([\\s\\S]*?)\\r?\\n--`).exec(raw)?.[1] ?? '';
  const ics = Buffer.from(part.replace(/\s+/g, ''), 'base64').toString('utf8');
  return new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
}

/** The text/plain part of a raw (multipart) mail, its quoted-printable undone: what a person reads. */
export function plainText(raw: string): string {
  const part = /Content-Type: text\/plain[^\r\n]*\r?\nContent-Transfer-Encoding: ([^\r\n]+)\r?\n\r?\n([\s\S]*?)\r?\n--/i.exec(raw);
  if (!part) throw new Error('the mail has no text/plain part');
  const [, encoding, body] = part as unknown as [string, string, string];
  if (!/quoted-printable/i.test(encoding)) return /base64/i.test(encoding) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}
