// End to end, as a voter would: the demo's budgeting page in Chromium (one script tag, plain
// HTML), a voting code the city printed (issued here through the staff API, as the console or
// `kohtaamo-server admin budgeting codes` would), a ballot cast through the real server into a
// real database, and the receipt code then checked on the same page. Once on SQLite and once on
// PostgreSQL (skipped with a notice when PostgreSQL is not reachable).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../support/browser.js';
import { shadowText } from '../support/e2e-page.js';
import { postgresReachable, scratchDatabase, startServer, type DatabaseKind, type RunningServer } from '../support/server-process.js';

const RECEIPT_CODE = /^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z*~$=U]$/;
const ROUND = 'heinola-2027';

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
  describe(`budgeting ballot on the demo page on ${kind}`, () => {
    let server: RunningServer;
    let drop: () => Promise<void>;
    let page: Page;
    const token = `kst_e2e_${randomBytes(24).toString('base64url')}`;
    const consoleErrors: string[] = [];

    before(async () => {
      const db = await scratchDatabase(kind);
      drop = db.drop;
      server = await startServer({ ...db.env, KOHTAAMO_DEMO_STAFF_TOKEN: token });
      page = await browser.newPage();
      await page.setViewport({ width: 320, height: 800 });
      page.on('console', (msg) => {
        // The results are not published while the vote is open: their 404 is the answer the widget expects.
        if (msg.type() === 'error' && !(msg.location().url ?? '').endsWith(`/rounds/${ROUND}/results`)) consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
    });
    after(async () => {
      await page?.close();
      await server?.stop();
      await drop?.();
    });

    test('a voter casts a ballot with a voting code at 320 px and verifies the receipt', async () => {
      const issued = await fetch(`${server.url}/api/v1/staff/budgeting/rounds/${ROUND}/voting-codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ count: 1 }),
      });
      assert.equal(issued.status, 201);
      const [code] = ((await issued.json()) as { codes: string[] }).codes;

      const response = await page.goto(`${server.url}/budgeting.html`, { waitUntil: 'networkidle0' });
      assert.equal(response?.status(), 200);
      assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self'/);
      await page.waitForFunction(() => customElements.get('kohtaamo-budget-ballot') && customElements.get('kohtaamo-budget-receipt'));

      // The round has two areas: the first is chosen; continue to its ballot.
      await page.waitForFunction(() => document.querySelector('kohtaamo-budget-ballot')?.shadowRoot?.querySelector('input[name="budget"]'), { polling: 100, timeout: 20_000 });
      await page.click('kohtaamo-budget-ballot >>> button[type="submit"]');
      // Polled: puppeteer's waitForSelector with `>>>` does not always see what a shadow root renders later.
      await page.waitForFunction(() => document.querySelector('kohtaamo-budget-ballot')?.shadowRoot?.querySelector('input[name="project"]'), { polling: 100, timeout: 20_000 });
      await page.click('kohtaamo-budget-ballot >>> input[name="project"]');
      await shadowText(page, ['kohtaamo-budget-ballot', '[part="tally"]'], /You have chosen 1 project\./);
      await page.type('kohtaamo-budget-ballot >>> input[name="code"]', code!.toLowerCase());
      await page.click('kohtaamo-budget-ballot >>> #review');
      await shadowText(page, ['kohtaamo-budget-ballot', '#confirm-title'], /Check your vote/);
      await page.click('kohtaamo-budget-ballot >>> #cast');
      const receipt = await shadowText(page, ['kohtaamo-budget-ballot', '[part="receipt-code"]'], RECEIPT_CODE);
      assert.match(receipt, RECEIPT_CODE);

      // The ballot's own receipt check says it is in the ballot box; so does the API, without its content.
      await shadowText(page, ['kohtaamo-budget-ballot', 'kohtaamo-budget-receipt', '[part="result"]'], /Your vote is in the ballot box/);
      const api = await fetch(`${server.url}/api/v1/budgeting/rounds/${ROUND}/receipts/${receipt}`);
      assert.deepEqual(await api.json(), { code: receipt, status: 'stored' });

      // The voter checks it again later with the page's own receipt widget, typing it loosely.
      await page.type('kohtaamo-budget-receipt >>> input', receipt.toLowerCase().replace(/-/g, ' '));
      await page.click('kohtaamo-budget-receipt >>> button[type="submit"]');
      await shadowText(page, ['kohtaamo-budget-receipt', '[part="result"]'], /Your vote is in the ballot box/);

      // Nothing on the page is wider than the 320 px screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      assert.deepEqual(consoleErrors, []);
    });
  });
}
