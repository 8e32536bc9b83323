// End to end, as a resident would: the demo page in Chromium, a feedback sent through the real
// server into a real database, then its status looked up by the tracking code. Once on SQLite
// and once on PostgreSQL (skipped with a notice when PostgreSQL is not reachable).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../support/browser.js';
import { deepElement } from '../support/e2e-page.js';
import { postgresReachable, scratchDatabase, startServer, type DatabaseKind, type RunningServer } from '../support/server-process.js';

/**
 * Waits until an element inside a widget's shadow root has text. Polls: puppeteer's
 * waitForSelector with `>>>` does not see changes made inside shadow roots after load.
 */
async function shadowText(page: Page, host: string, selector: string): Promise<string> {
  const handle = await page.waitForFunction(
    (h, s) => {
      const text = document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.trim();
      return text ? text : false;
    },
    { polling: 100, timeout: 20_000 },
    host,
    selector,
  );
  return (await handle.jsonValue()) as string;
}

const TRACKING_CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;

const kinds: DatabaseKind[] = ['sqlite'];
if (await postgresReachable()) kinds.push('postgresql');
else console.log('NOTICE: PostgreSQL is not reachable; the PostgreSQL end-to-end run is skipped.');

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

for (const kind of kinds) {
  describe(`demo page round trip on ${kind}`, () => {
    let server: RunningServer;
    let drop: () => Promise<void>;
    let page: Page;
    const consoleErrors: string[] = [];

    before(async () => {
      const db = await scratchDatabase(kind);
      drop = db.drop;
      server = await startServer(db.env);
      page = await browser.newPage();
      page.on('console', (msg) => {
        // This machine has no network: the map's OpenStreetMap tiles cannot load (the map says
        // so and works without them). Any other error counts.
        if (msg.type() === 'error' && !(msg.location().url ?? '').startsWith('https://tile.openstreetmap.org/')) consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
    });
    after(async () => {
      await page?.close();
      await server?.stop();
      await drop?.();
    });

    test('a resident sends feedback from the demo page and looks up its status by code', async () => {
      // `npm start` printed the address to open, and it is this server.
      assert.match(server.output(), new RegExp(`Kohtaamo demo: http://localhost:${new URL(server.url).port}/`));
      const response = await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
      assert.equal(response?.status(), 200);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
      await page.waitForFunction(() => customElements.get('kohtaamo-feedback-form') && customElements.get('kohtaamo-feedback-status'));

      // The categories come from the server's seeded Heinola data.
      const select = await deepElement(page, 'kohtaamo-feedback-form >>> select[name="category"] option[value="streets"]');
      assert.ok(select);
      await page.select('kohtaamo-feedback-form >>> select[name="category"]', 'streets');
      const message = `Katuvalo ei pala Kauppakadun ja Rauhankadun risteyksessä (${kind}).`;
      await page.type('kohtaamo-feedback-form >>> textarea[name="message"]', message);
      await page.type('kohtaamo-feedback-form >>> input[name="address"]', 'Kauppakatu 10, Heinola');
      await page.click('kohtaamo-feedback-form >>> button[type="submit"]');

      const code = await shadowText(page, 'kohtaamo-feedback-form', '[part~="tracking-code"]');
      assert.match(code, TRACKING_CODE);

      // The server has it, anonymous: the status answer carries no contact details.
      const api = await fetch(`${server.url}/api/v1/feedback/${code}`);
      assert.equal(api.status, 200);
      const status = (await api.json()) as { status: string; category: { id: string } };
      assert.equal(status.status, 'received');
      assert.equal(status.category.id, 'streets');

      // The resident looks the code up in the status widget on the same page, typing it in lower case.
      await page.type('kohtaamo-feedback-status >>> input[name="code"]', code.toLowerCase());
      await page.keyboard.press('Enter');
      assert.match(await shadowText(page, 'kohtaamo-feedback-status', '[part~="status"]'), /Vastaanotettu/);

      assert.deepEqual(consoleErrors, []);
    });
  });
}
