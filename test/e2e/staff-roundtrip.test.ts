// End to end, as the city would: a resident sends feedback with a photo and a map pin from the
// demo page, a handler signs in to the demo's staff page (/staff.html, the built widget bundle)
// with a staff token, sees the pin and the photo, and closes the report with a public reply; the
// resident then sees the reply and the response time on the demo page by the tracking code.
// Once on SQLite and once on PostgreSQL (skipped when it is not reachable).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../support/browser.js';
import { deepElement } from '../support/e2e-page.js';
import { postgresReachable, scratchDatabase, startServer, type DatabaseKind, type RunningServer } from '../support/server-process.js';

/** Waits until a shadow-root query of a widget satisfies `check` on its text; returns the text. */
async function shadowText(page: Page, host: string, selector: string, contains = ''): Promise<string> {
  const handle = await page.waitForFunction(
    (h, s, c) => {
      const text = document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim();
      return text && text.includes(c) ? text : false;
    },
    { polling: 100, timeout: 20_000 },
    host,
    selector,
    contains,
  );
  return (await handle.jsonValue()) as string;
}

/** A real 1×1 PNG, as a phone would hand over a (very small) photo. */
const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const kinds: DatabaseKind[] = ['sqlite'];
if (await postgresReachable()) kinds.push('postgresql');

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

for (const kind of kinds) {
  describe(`staff page round trip on ${kind}`, () => {
    const token = `kst_e2e_${randomBytes(24).toString('base64url')}`;
    let server: RunningServer;
    let drop: () => Promise<void>;
    let page: Page;
    const consoleErrors: string[] = [];

    before(async () => {
      const db = await scratchDatabase(kind);
      drop = db.drop;
      server = await startServer({ ...db.env, KOHTAAMO_DEMO_STAFF_TOKEN: token });
      page = await browser.newPage();
      page.on('console', (msg) => {
        // No network here: the feedback map's OpenStreetMap tiles cannot load (the map works without them).
        const tile = (msg.location().url ?? '').startsWith('https://tile.openstreetmap.org/');
        if (msg.type() === 'error' && !msg.text().includes('401') && !tile) consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
    });
    after(async () => {
      await page?.close();
      await server?.stop();
      await drop?.();
    });

    test('a resident sends a photo and a pin, a handler answers in the inbox, the resident sees the reply and the response time', async () => {
      // The resident, on the demo page: topic, text, a pin at the map's centre, one photo.
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => customElements.get('kohtaamo-feedback-form'));
      await deepElement(page, 'kohtaamo-feedback-form >>> select[name="category"] option[value="parks"]');
      await page.select('kohtaamo-feedback-form >>> select[name="category"]', 'parks');
      await page.type('kohtaamo-feedback-form >>> textarea[name="message"]', `Leikkipuiston portti ei mene kiinni (${kind}).`);
      await page.click('kohtaamo-feedback-form >>> #open-map');
      // The map is loaded when opened; the person pins once it is drawn (it knows its centre then).
      // `visible` polls each frame: puppeteer's default waits on the document's mutations, and the
      // map appears inside two shadow roots.
      await page.waitForSelector('kohtaamo-feedback-form >>> .leaflet-container', { visible: true });
      await page.click('kohtaamo-feedback-form >>> #use-centre');
      const photoPath = join(mkdtempSync(join(tmpdir(), 'kohtaamo-photo-')), 'portti.png');
      writeFileSync(photoPath, PHOTO_PNG);
      const fileInput = await deepElement(page, 'kohtaamo-feedback-form >>> input[name="photos"]');
      await (fileInput as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(photoPath);
      await page.click('kohtaamo-feedback-form >>> button[type="submit"]');
      const code = await shadowText(page, 'kohtaamo-feedback-form', '[part~="tracking-code"]');
      assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);

      // The resident pages link to the staff page; the token never appears in its HTML.
      const home = await (await fetch(`${server.url}/`)).text();
      assert.ok(home.includes('href="/staff.html"'));
      const response = await page.goto(`${server.url}/staff.html`, { waitUntil: 'networkidle0' });
      assert.equal(response?.status(), 200);
      assert.ok(!(await page.content()).includes(token));
      await page.waitForFunction(() => customElements.get('kohtaamo-feedback-inbox'));
      await page.type('kohtaamo-feedback-inbox >>> #token', token);
      await page.keyboard.press('Enter');

      // The report is in the queue; open it.
      await page.waitForFunction(
        (c) => [...(document.querySelector('kohtaamo-feedback-inbox')?.shadowRoot?.querySelectorAll('.queue-open') ?? [])].some((b) => b.textContent?.trim() === c),
        { polling: 100, timeout: 20_000 },
        code,
      );
      await page.evaluate((c) => {
        const buttons = document.querySelector('kohtaamo-feedback-inbox')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.queue-open');
        [...buttons].find((b) => b.textContent?.trim() === c)!.click();
      }, code);
      await shadowText(page, 'kohtaamo-feedback-inbox', '#detail-title', code);
      // The handler sees where it is and the photo the resident sent.
      assert.match(await shadowText(page, 'kohtaamo-feedback-inbox', '.point'), /61\.\d{5}, 26\.\d{5}/);
      const inbox = (await (
        await fetch(`${server.url}/api/v1/staff/feedback?state=open&category=parks&limit=200`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as { items: { id: string; trackingCode: string }[] };
      const id = inbox.items.find((i) => i.trackingCode === code)!.id;
      const detail = (await (
        await fetch(`${server.url}/api/v1/staff/feedback/${id}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as { point: { lat: number; lon: number } | null; photos: { url: string }[] };
      assert.ok(detail.point, 'the pin reached the server');
      assert.equal(detail.photos.length, 1, 'the photo reached the server');
      // The handler sees the (not yet published) photo itself, fetched with the staff token.
      await page.waitForFunction(
        () => {
          const img = document.querySelector('kohtaamo-feedback-inbox')?.shadowRoot?.querySelector<HTMLImageElement>('.photos img');
          return img !== null && img !== undefined && img.src.startsWith('blob:') && img.complete && img.naturalWidth === 1;
        },
        { polling: 100, timeout: 20_000 },
      );

      // Close it with a public reply.
      const reply = 'Portin salpa korjattiin. Kiitos ilmoituksesta!';
      await page.select('kohtaamo-feedback-inbox >>> #next-status', 'done');
      await page.type('kohtaamo-feedback-inbox >>> #reply', reply);
      await page.click('kohtaamo-feedback-inbox >>> #status-submit');
      await shadowText(page, 'kohtaamo-feedback-inbox', '.facts', 'Käsitelty');

      // The resident looks the code up on the demo page.
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => customElements.get('kohtaamo-feedback-status'));
      await page.type('kohtaamo-feedback-status >>> input[name="code"]', code);
      await page.keyboard.press('Enter');
      assert.match(await shadowText(page, 'kohtaamo-feedback-status', '[part~="status"]'), /Käsitelty/);
      assert.equal(await shadowText(page, 'kohtaamo-feedback-status', '.reply-text'), reply);
      // …and how long the city took: answered within the target of 5 working days.
      assert.match(await shadowText(page, 'kohtaamo-feedback-status', '[part~="response-time"]'), /Tavoiteajassa: 5 arkipäivää/);

      const status = (await (await fetch(`${server.url}/api/v1/feedback/${code}`)).json()) as { history: { status: string }[] };
      assert.deepEqual(status.history.map((h) => h.status), ['received', 'done']);
      assert.deepEqual(consoleErrors, []);
    });
  });
}
