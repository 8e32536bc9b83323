// Issue 7's proof: every widget embedded through the loader (`kohtaamo.js`, one script tag) in a
// plain HTML page on another origin than the Kohtaamo server, under a strict Content-Security-
// Policy with Trusted Types, as a careful city site has it; in Chromium. No CSP violation, no
// page error, every widget rendered and working (a feedback sent, its status looked up). And a
// page with one widget downloads only that widget's files: no map, no Open311, no other language.
// Every widget of every domain too, with the attributes its demo page gives it: a widget added to
// packages/elements/src/define/ is in this test by that alone, and must be on a demo page.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../support/browser.js';
import { deepElement } from '../support/e2e-page.js';
import { freePort, repoRoot, scratchDatabase, startServer, type RunningServer } from '../support/server-process.js';

const BUNDLES = join(repoRoot, 'packages/elements/dist/bundles');

/** The site's policy: nothing but the widgets' scripts, the API, its images; Trusted Types required. */
function sitePolicy(kohtaamo: string): string {
  return [
    "default-src 'none'",
    `script-src ${kohtaamo}`,
    `connect-src ${kohtaamo}`,
    // Photos from the server; blob: for the form's previews of chosen photos; data: for the
    // blank image Leaflet puts in a tile it stops loading.
    `img-src ${kohtaamo} blob: data:`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types kohtaamo',
  ].join('; ');
}

/** A plain web server of the embedding site: one page, its own origin. */
async function sitePage(html: string, policy: string): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }).end(html);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  // localhost, not 127.0.0.1: another origin than the Kohtaamo server (which is on 127.0.0.1).
  return { url: `http://localhost:${port}/`, server };
}

interface Watch {
  violations: string[];
  errors: string[];
  requests: string[];
}

async function watchedPage(browser: Browser): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  const watch: Watch = { violations: [], errors: [], requests: [] };
  await page.exposeFunction('__kohtaamoViolation', (text: string) => watch.violations.push(text));
  // Runs through DevTools before any page script: not subject to the page's CSP.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __kohtaamoViolation(t: string): void }).__kohtaamoViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on('pageerror', (error) => watch.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('request', (request) => watch.requests.push(request.url()));
  return { page, watch };
}

/** Text inside a shadow root, polled (the widgets render asynchronously). */
async function shadowText(page: Page, path: string[], timeout = 20_000): Promise<string> {
  const handle = await page.waitForFunction(
    (selectors: string[]) => {
      let node: Element | null | undefined = document.querySelector(selectors[0]!);
      for (const selector of selectors.slice(1)) node = node?.shadowRoot?.querySelector(selector);
      const text = node?.textContent?.replace(/\s+/g, ' ').trim();
      return text ? text : false;
    },
    { polling: 100, timeout },
    path,
  );
  return (await handle.jsonValue()) as string;
}

/** The widget tags the build has an entry for (packages/elements/src/define/kohtaamo-*.ts). */
function widgetTags(): string[] {
  return readdirSync(join(repoRoot, 'packages/elements/src/define'))
    .filter((f) => /^kohtaamo-[a-z-]+\.ts$/.test(f))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** For each tag, the attributes of its first embedding on a demo page (packages/server/demo). */
function demoEmbeds(): Map<string, string> {
  const dir = join(repoRoot, 'packages/server/demo');
  const found = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/<(kohtaamo-[a-z-]+)(\s[^>]*)?>/g)) {
      if (!found.has(match[1]!)) found.set(match[1]!, (match[2] ?? '').replace(/\s+/g, ' ').trim());
    }
  }
  return found;
}

let browser: Browser;
let kohtaamo: RunningServer;
let drop: () => Promise<void>;
const site: Server[] = [];

before(async () => {
  const manifest = join(BUNDLES, 'bundles.manifest.json');
  assert.ok(readFileSync(manifest, 'utf8').length > 0, 'the bundles are built (npm run build)');
  const db = await scratchDatabase('sqlite');
  drop = db.drop;
  // The site's origin is allowed by the server (CORS for the API), as the README tells.
  const port = await freePort();
  kohtaamo = await startServer({ ...db.env, KOHTAAMO_ORIGINS: '*' });
  void port;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  for (const server of site) server.close();
  await kohtaamo?.stop();
  await drop?.();
});

describe('widgets on another origin under a strict CSP with Trusted Types', () => {
  test('every widget through the loader: rendered, working, zero violations and zero errors', async () => {
    const api = kohtaamo.url;
    // The map tiles come from the Kohtaamo server too (it has none: the maps say so, and work).
    const tiles = `${api}/tiles/{z}/{x}/{y}.png`;
    const html = `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><title>Kaupungin sivu</title>
<script type="module" src="${api}/widgets/kohtaamo.js"></script></head>
<body>
<main>
<h1>Palaute</h1>
<kohtaamo-feedback-form api="${api}" tiles="${tiles}" id="form"></kohtaamo-feedback-form>
<kohtaamo-feedback-status api="${api}"></kohtaamo-feedback-status>
<kohtaamo-feedback-list api="${api}" map tiles="${tiles}"></kohtaamo-feedback-list>
<kohtaamo-feedback-stats api="${api}" lang="sv"></kohtaamo-feedback-stats>
<kohtaamo-feedback-map api="${api}" tiles="${tiles}" lang="en"></kohtaamo-feedback-map>
<kohtaamo-feedback-inbox api="${api}"></kohtaamo-feedback-inbox>
<kohtaamo-budget-ballot api="${api}" round="heinola-2027" budget="heinola-2027-keskusta"></kohtaamo-budget-ballot>
<kohtaamo-budget-receipt api="${api}" round="heinola-2027" lang="sv"></kohtaamo-budget-receipt>
</main>
</body>
</html>`;
    const { url, server } = await sitePage(html, sitePolicy(api));
    site.push(server);
    const { page, watch } = await watchedPage(browser);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    assert.equal(new URL(page.url()).origin === new URL(api).origin, false, 'the page is on another origin');

    const tags = ['kohtaamo-feedback-form', 'kohtaamo-feedback-status', 'kohtaamo-feedback-list', 'kohtaamo-feedback-stats', 'kohtaamo-feedback-map', 'kohtaamo-feedback-inbox', 'kohtaamo-budget-ballot', 'kohtaamo-budget-receipt'];
    await page.waitForFunction((all: string[]) => all.every((tag) => customElements.get(tag)), { timeout: 20_000 }, tags);

    // The stats, in Swedish: its texts came from a lazy chunk, its bars are sized through the CSSOM.
    assert.equal(await shadowText(page, ['kohtaamo-feedback-stats', 'h2']), 'Svarstider för respons');
    assert.match(await shadowText(page, ['kohtaamo-budget-ballot', '.rules']), /Valitse 1–3 hanketta/);
    assert.equal(await shadowText(page, ['kohtaamo-budget-receipt', 'label']), 'Kontrollera din röst med kvittokoden');
    const bars = await page.waitForFunction(() => {
      const root = document.querySelector('kohtaamo-feedback-stats')?.shadowRoot;
      const widths = [...(root?.querySelectorAll('.bars .bar.secondary') ?? [])].map((bar) => bar.getBoundingClientRect().width);
      const track = root?.querySelector('.bars .track')?.getBoundingClientRect().width ?? 0;
      return widths.length > 0 ? { widest: Math.max(...widths), narrowest: Math.min(...widths), track } : false;
    }, { polling: 100, timeout: 20_000 });
    const { widest, narrowest, track } = (await bars.jsonValue()) as { widest: number; narrowest: number; track: number };
    // The longest 90th percentile fills its track; the others are shorter (not all full width).
    assert.ok(Math.abs(widest - track) <= 1, `widest bar ${widest} px, track ${track} px`);
    assert.ok(narrowest < widest, `bars ${narrowest}–${widest} px: sized by the figures`);

    // The list, with its map: Leaflet loaded lazily and inside the Trusted Types policy.
    assert.match(await shadowText(page, ['kohtaamo-feedback-list', '[role=status]']), /\d+ palaute/);
    // Not shown yet (below the form): no Leaflet. Scrolled into view: Leaflet comes.
    await page.evaluate(() => document.querySelector('kohtaamo-feedback-list')!.shadowRoot!.querySelector('kohtaamo-feedback-area-map')!.scrollIntoView());
    await page
      .waitForFunction(
        () => document.querySelector('kohtaamo-feedback-list')?.shadowRoot?.querySelector('kohtaamo-feedback-area-map')?.shadowRoot?.querySelector('.leaflet-container .leaflet-control-zoom-in'),
        { polling: 100, timeout: 20_000 },
      )
      .catch(async (error: unknown) => {
        const dom = await page.evaluate(() => document.querySelector('kohtaamo-feedback-list')?.shadowRoot?.querySelector('kohtaamo-feedback-area-map')?.shadowRoot?.innerHTML.slice(0, 600));
        throw new Error(`${String(error)}\nmap: ${dom}\nviolations: ${watch.violations.join('\n')}\nerrors: ${watch.errors.join('\n')}`);
      });

    // The map on its own, in English: Leaflet's zoom buttons and attribution are there.
    await page.evaluate(() => document.querySelector('kohtaamo-feedback-map')!.scrollIntoView());
    assert.match(await shadowText(page, ['kohtaamo-feedback-map', '.leaflet-control-attribution']), /OpenStreetMap/);
    assert.equal(await shadowText(page, ['kohtaamo-feedback-map', '#use-centre']), 'Pin the centre of the map');

    // The inbox shows its sign-in.
    assert.ok(await shadowText(page, ['kohtaamo-feedback-inbox', 'form']));

    // The form: choose a category, write, send; a tracking code comes back.
    await deepElement(page, 'kohtaamo-feedback-form >>> select[name="category"] option[value="streets"]');
    await page.select('kohtaamo-feedback-form >>> select[name="category"]', 'streets');
    await page.type('kohtaamo-feedback-form >>> textarea[name="message"]', 'Katuvalo ei pala Kauppakadulla, tiukan CSP:n sivulta.');
    await page.click('kohtaamo-feedback-form >>> button[type="submit"]');
    const code = await shadowText(page, ['kohtaamo-feedback-form', '[part~="tracking-code"]']);
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);

    // The status: look the code up.
    await page.type('kohtaamo-feedback-status >>> input[name="code"]', code);
    await page.keyboard.press('Enter');
    assert.match(await shadowText(page, ['kohtaamo-feedback-status', '[part~="result"]']), /Vastaanotettu/);

    // Only Kohtaamo's policy name, no violation, no error of any kind.
    assert.deepEqual(watch.violations, []);
    assert.deepEqual(
      watch.errors.filter((e) => !/\/tiles\/\d+\/\d+\/\d+\.png/.test(e) && !/Failed to load resource: the server responded with a status of 404/.test(e)),
      [],
    );
    // Every script came from the Kohtaamo server's /widgets/, through the loader.
    const scripts = watch.requests.filter((r) => r.endsWith('.js'));
    assert.ok(scripts.every((r) => r.startsWith(`${api}/widgets/`)), scripts.join('\n'));
    await page.close();
  });

  test('every widget of every domain, as the demo pages embed it: defined, rendered, zero violations and zero errors', async () => {
    const api = kohtaamo.url;
    // The maps' tiles from the Kohtaamo server (an attribute the other widgets ignore).
    const tiles = `${api}/tiles/{z}/{x}/{y}.png`;
    const embeds = demoEmbeds();
    const tags = widgetTags();
    // Each widget is on a demo page, as a web editor would write it (or is part of one that is).
    const inside = new Set(['kohtaamo-feedback-map', 'kohtaamo-feedback-area-map']);
    assert.deepEqual(tags.filter((tag) => !embeds.has(tag) && !inside.has(tag)), [], 'widgets on no demo page');
    const body = tags
      .map((tag) => `<section><h2>${tag}</h2><${tag} ${(embeds.get(tag) ?? '').replace(/\bapi="[^"]*"/, '').trim()} api="${api}" tiles="${tiles}"></${tag}></section>`)
      .join('\n');
    const html = `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><title>Kaikki pienoisohjelmat</title>
<script type="module" src="${api}/widgets/kohtaamo.js"></script></head>
<body><main><h1>Kaikki</h1>
${body}
</main></body></html>`;
    const { url, server } = await sitePage(html, sitePolicy(api));
    site.push(server);
    const { page, watch } = await watchedPage(browser);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((all: string[]) => all.every((tag) => customElements.get(tag)), { timeout: 30_000 }, tags).catch(async (error: unknown) => {
      const missing = await page.evaluate((all: string[]) => all.filter((tag) => !customElements.get(tag)), tags);
      throw new Error(`${String(error)}\nnot defined: ${missing.join(', ')}\nviolations: ${watch.violations.join('\n')}\nerrors: ${watch.errors.join('\n')}`);
    });
    // Every widget renders text of its own into its shadow root (its first view, or its sign-in).
    for (const tag of tags) {
      // Scrolled to, as a reader would: a map loads Leaflet only when it is first shown, and a tall
      // widget above it (the budget console) puts it below the first screen.
      await page.evaluate((t: string) => document.querySelector(t)?.scrollIntoView(), tag);
      const text = await page
        .waitForFunction((t: string) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length > 0, { polling: 100, timeout: 20_000 }, tag)
        .then(() => true, () => false);
      assert.ok(text, `${tag} rendered nothing`);
    }
    // Settle: the widgets' first requests answered, their lazy chunks loaded.
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 }).catch(() => undefined);
    assert.deepEqual(watch.violations, [], 'CSP violations');
    assert.deepEqual(
      watch.errors.filter((e) => !/\/tiles\/\d+\/\d+\/\d+\.png/.test(e) && !/Failed to load resource: the server responded with a status of (401|404)/.test(e)),
      [],
      'page errors',
    );
    const scripts = watch.requests.filter((r) => r.endsWith('.js'));
    assert.ok(scripts.every((r) => r.startsWith(`${api}/widgets/`)), scripts.join('\n'));
    await page.close();
  });

  test('a page with the status widget downloads only its files: no map, no Open311, no other language', async () => {
    const api = kohtaamo.url;
    const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Tila</title>
<script type="module" src="${api}/widgets/kohtaamo.js"></script></head>
<body><kohtaamo-feedback-status api="${api}"></kohtaamo-feedback-status></body></html>`;
    const { url, server } = await sitePage(html, sitePolicy(api));
    site.push(server);
    const { page, watch } = await watchedPage(browser);
    await page.goto(url, { waitUntil: 'networkidle0' });
    assert.equal(await shadowText(page, ['kohtaamo-feedback-status', 'h2']), 'Palautteen tila');

    const manifest = JSON.parse(readFileSync(join(BUNDLES, 'bundles.manifest.json'), 'utf8')) as Record<string, { imports: string[] }>;
    const expected = new Set<string>(['kohtaamo.js']);
    const visit = (file: string) => {
      if (expected.has(file)) return;
      expected.add(file);
      manifest[file]?.imports.forEach(visit);
    };
    visit('kohtaamo-feedback-status.js');
    const loaded = watch.requests.filter((r) => r.startsWith(`${api}/widgets/`)).map((r) => r.slice(`${api}/widgets/`.length));
    assert.deepEqual(new Set(loaded), expected, 'exactly the loader, the status entry and its static chunks');
    // Chunks are named by their hash alone (docs/adr/0079): what one holds is in its source map.
    const sources = loaded.flatMap((f) => (JSON.parse(readFileSync(join(BUNDLES, `${f}.map`), 'utf8')) as { sources: string[] }).sources);
    assert.ok(sources.some((s) => /lit-html/.test(s)), 'the source maps name the modules');
    assert.ok(!sources.some((s) => /leaflet|open311|\.(sv|en)\.ts$/.test(s)), sources.join('\n'));
    assert.deepEqual(watch.violations, []);
    assert.deepEqual(watch.errors, []);

    // A widget added later is loaded too (the loader watches the document).
    await page.evaluate((apiUrl: string) => {
      const stats = document.createElement('kohtaamo-feedback-stats');
      stats.setAttribute('api', apiUrl);
      stats.setAttribute('lang', 'en');
      document.body.append(stats);
    }, api);
    assert.equal(await shadowText(page, ['kohtaamo-feedback-stats', 'h2']), 'Feedback response times');
    assert.deepEqual(watch.violations, []);
    await page.close();
  });
});
