// Every demo page of `npm start`, as a newcomer opens it: in Chromium against the real server on
// SQLite with its seeded demo data, on a phone's 320 CSS px (WCAG 2.1 reflow, 1.4.10) and on a
// desktop: it answers 200, every widget on it is defined and rendered, no script error, no
// failed request but an API's deliberate problem answer, and at 320 px nothing widens the page.
// A page added to packages/server/demo/ is in this test by that alone.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../support/browser.js';
import { repoRoot, scratchDatabase, startServer, type RunningServer } from '../support/server-process.js';

const pages = readdirSync(join(repoRoot, 'packages/server/demo'))
  .filter((file) => file.endsWith('.html'))
  .sort();

let browser: Browser;
let server: RunningServer;
let drop: () => Promise<void>;

before(async () => {
  const db = await scratchDatabase('sqlite');
  drop = db.drop;
  server = await startServer(db.env);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await drop?.();
});

describe('every demo page at 320 px and 1280 px', () => {
  test('the demo has pages to check', () => {
    assert.ok(pages.length >= 10, `pages: ${pages.join(', ')}`);
  });

  for (const file of pages) {
    for (const width of [320, 1280]) {
      test(`${file} at ${width} px: loads, renders its widgets, no errors, no horizontal scroll`, async () => {
        const page = await browser.newPage();
        try {
          await page.setViewport({ width, height: 800 });
          const problems: string[] = [];
          // A problem answer (application/problem+json, such as "results not published yet") is the
          // API saying something on purpose; the browser still logs it as a failed resource.
          const deliberate = new Set<string>();
          page.on('response', (response) => {
            const url = response.url();
            // This machine has no network: OpenStreetMap's tiles cannot load (the maps say so).
            if (url.startsWith('https://tile.openstreetmap.org/')) return;
            if (response.status() < 400) return;
            const type = response.headers()['content-type'] ?? '';
            if (response.status() < 500 && type.includes('application/problem+json')) deliberate.add(url);
            else problems.push(`${response.status()} ${url}`);
          });
          page.on('requestfailed', (request) => {
            if (!request.url().startsWith('https://tile.openstreetmap.org/')) problems.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
          });
          page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
          page.on('console', (message) => {
            if (message.type() !== 'error') return;
            const at = message.location().url ?? '';
            if (at.startsWith('https://tile.openstreetmap.org/') || deliberate.has(at)) return;
            if (/^Failed to load resource/.test(message.text())) return; // reported by the response listener with its URL
            problems.push(`console: ${message.text()}`);
          });

          const response = await page.goto(`${server.url}/${file}`, { waitUntil: 'networkidle0', timeout: 60_000 });
          // 200, or 304 when the browser revalidates the page it loaded at the other width.
          assert.ok(response && [200, 304].includes(response.status()), `${file}: HTTP ${response?.status()}`);
          // Every Kohtaamo tag on the page is defined and has rendered something into its shadow root.
          await page.waitForFunction(
            () =>
              [...document.querySelectorAll('*')]
                .filter((el) => el.localName.startsWith('kohtaamo-'))
                .every((el) => customElements.get(el.localName) && (el.shadowRoot?.childNodes.length ?? 0) > 0),
            { polling: 100, timeout: 30_000 },
          );
          const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('kohtaamo-')))]);
          assert.ok(tags.length > 0, `${file}: no Kohtaamo widget on the page`);
          // Let the widgets' first requests settle (lists, calendars, results) before measuring.
          await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width === 320) {
            const wide = await page.evaluate(() => {
              // The elements wider than the page, through shadow roots, to name what widens it. A loop,
              // not a named inner function: tsx would wrap one in a helper the page does not have.
              const out: string[] = [];
              const roots: [Document | ShadowRoot, string][] = [[document, '']];
              while (roots.length > 0) {
                const [root, host] = roots.pop()!;
                for (const el of root.querySelectorAll('*')) {
                  const box = el.getBoundingClientRect();
                  if (box.right > document.documentElement.clientWidth + 0.5 && getComputedStyle(el).position !== 'fixed') out.push(`${host}${el.localName}${el.id ? '#' + el.id : ''}`);
                  if (el.shadowRoot) roots.push([el.shadowRoot, `${host}${el.localName} >>> `]);
                }
              }
              return out.slice(-6);
            });
            assert.ok(scrollWidth <= 320, `${file} is ${scrollWidth} px wide at 320 px: ${wide.join(', ')}`);
          }
          assert.deepEqual(problems, [], `${file} at ${width} px`);
        } finally {
          await page.close();
        }
      });
    }
  }
});
