import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { DEFAULT_DEMO_DIR } from './demo.routes.js';

const BUNDLE = 'customElements.define("kohtaamo-test", class extends HTMLElement {});\n';

let database: TestDatabase;
let server: TestServer;
let unbuilt: TestServer;
let bundles: string;

before(async () => {
  database = await createTestDatabase();
  bundles = mkdtempSync(join(tmpdir(), 'kohtaamo-bundles-'));
  writeFileSync(join(bundles, 'kohtaamo.js'), BUNDLE);
  writeFileSync(join(bundles, 'kohtaamo-feedback-form.js'), BUNDLE);
  mkdirSync(join(bundles, 'chunks'));
  writeFileSync(join(bundles, 'chunks', 'shared-1a2b3c.js'), BUNDLE);
  // What the build writes beside each file (rollup.config.js, precompress()).
  writeFileSync(join(bundles, 'kohtaamo-feedback-form.js.gz'), gzipSync(BUNDLE, { level: 9 }));
  writeFileSync(join(bundles, 'kohtaamo-feedback-form.js.br'), brotliCompressSync(BUNDLE));
  writeFileSync(join(bundles, 'chunks', 'shared-1a2b3c.js.gz'), gzipSync(BUNDLE, { level: 9 }));
  writeFileSync(join(bundles, 'kohtaamo-feedback-form.js.map'), '{"version":3,"sources":[],"mappings":""}');
  // A leftover older than its file is never sent.
  writeFileSync(join(bundles, 'kohtaamo.js.gz'), gzipSync('stale', { level: 9 }));
  utimesSync(join(bundles, 'kohtaamo.js.gz'), new Date('2020-01-01'), new Date('2020-01-01'));
  writeFileSync(join(bundles, '.hidden.js'), 'secret');
  server = await startTestServer({ db: database.handle, config: { origins: [] }, demo: { bundlesDir: bundles } });
  unbuilt = await startTestServer({ db: database.handle, config: { origins: [] }, demo: { bundlesDir: join(bundles, 'missing') } });
});

after(async () => {
  await server?.close();
  await unbuilt?.close();
  await database?.cleanup();
  rmSync(bundles, { recursive: true, force: true });
});

describe('demo site', () => {
  test('GET / is the Finnish city page embedding the widgets as a web editor would', async () => {
    const response = await fetch(server.url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await response.text();
    assert.match(html, /<html lang="fi">/);
    assert.ok(html.includes('<script type="module" src="/widgets/kohtaamo.js"></script>'));
    assert.ok(html.includes('<kohtaamo-feedback-form api=""></kohtaamo-feedback-form>'), 'no category: the resident chooses');
    assert.ok(html.includes('<kohtaamo-feedback-status></kohtaamo-feedback-status>'));
    for (const landmark of ['<header', '<nav', '<main id="main"', '<footer', 'class="skip-link" href="#main"']) {
      assert.ok(html.includes(landmark), landmark);
    }
    assert.match(html, /Heinola/);
  });

  test('the demo page is sent with security headers and revalidated on each visit', async () => {
    const response = await fetch(server.url);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    const etag = response.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(server.url, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  test('Swedish and English pages carry their lang', async () => {
    for (const [path, lang] of [
      ['/sv.html', 'sv'],
      ['/en.html', 'en'],
    ] as const) {
      const response = await fetch(server.at(path));
      assert.equal(response.status, 200, path);
      const html = await response.text();
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      assert.ok(html.includes('<script type="module" src="/widgets/kohtaamo.js"></script>'));
      assert.ok(html.includes('<kohtaamo-feedback-form'));
    }
  });

  test('every link and source of every demo page reaches what the server serves; a page marks only itself current', async () => {
    const pages = readdirSync(DEFAULT_DEMO_DIR).filter((f) => f.endsWith('.html'));
    assert.ok(pages.length >= 20, `only ${pages.length} pages`);
    const broken: string[] = [];
    const reached = new Map<string, number>();
    for (const page of pages) {
      const html = readFileSync(join(DEFAULT_DEMO_DIR, page), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, anchor] of html.matchAll(/href="#([^"]+)"/g)) if (!ids.has(anchor!)) broken.push(`${page}: #${anchor} is no id of the page`);
      for (const [, path] of html.matchAll(/(?:href|src)="(\/(?!\/)[^"#]*)/g)) {
        if (!reached.has(path!)) reached.set(path!, (await fetch(server.at(path!)).then(async (r) => (await r.arrayBuffer(), r.status))));
        if (reached.get(path!) !== 200) broken.push(`${page}: ${path} answers ${reached.get(path!)}`);
      }
      // aria-current="page" on a link says "this page": on a link to another page it misleads.
      for (const [tag] of html.matchAll(/<a\s[^>]*aria-current="page"[^>]*>/g)) {
        const href = /href="([^"]*)"/.exec(tag)?.[1] ?? '';
        if (href !== '#' && href !== `/${page}` && !(page === 'index.html' && href === '/')) broken.push(`${page}: aria-current on a link to ${href}`);
      }
    }
    assert.deepEqual(broken, []);
    // Not a vacuous pass: the staff pages and the interviewer's are among those reached.
    for (const path of ['/staff.html', '/staff-survey.html', '/survey-interview.html', '/survey-interview-sv.html', '/survey-interview-en.html', '/widgets/kohtaamo.js', '/openapi.json']) assert.equal(reached.get(path), 200, path);
  });

  test('the stylesheet is served as CSS; unknown pages are a 404 problem', async () => {
    const css = await fetch(server.at('/demo.css'));
    assert.equal(css.status, 200);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    const missing = await fetch(server.at('/nothing.html'));
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });
});

describe('/widgets/*', () => {
  test('serves the built bundles as JavaScript, to any origin, revalidated by ETag', async () => {
    for (const path of ['/widgets/kohtaamo.js', '/widgets/kohtaamo-feedback-form.js', '/widgets/chunks/shared-1a2b3c.js']) {
      const response = await fetch(server.at(path), { headers: { Origin: 'https://www.heinola.fi' } });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('cache-control'), path.includes('/chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      assert.equal(await response.text(), BUNDLE);
      const etag = response.headers.get('etag')!;
      const again = await fetch(server.at(path), { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    }
  });

  test('names a bundle\'s source map in a SourceMap header (the files do not name it), only where there is one', async () => {
    const form = await fetch(server.at('/widgets/kohtaamo-feedback-form.js'));
    assert.equal(form.headers.get('sourcemap'), 'kohtaamo-feedback-form.js.map');
    const map = await fetch(new URL(form.headers.get('sourcemap')!, form.url));
    assert.equal(map.status, 200);
    assert.equal(((await map.json()) as { version: number }).version, 3);
    assert.equal((await fetch(server.at('/widgets/chunks/shared-1a2b3c.js'))).headers.get('sourcemap'), null);
  });

  test('sends the precompressed file the browser takes: brotli first, then gzip, else as is', async () => {
    const raw = (path: string, encoding: string) => fetch(server.at(path), { headers: { 'Accept-Encoding': encoding } });
    const br = await raw('/widgets/kohtaamo-feedback-form.js', 'gzip, deflate, br');
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.match(br.headers.get('vary') ?? '', /\bAccept-Encoding\b/);
    assert.equal(await br.text(), BUNDLE, 'fetch decodes it back to the bundle');
    const gz = await raw('/widgets/chunks/shared-1a2b3c.js', 'gzip, br');
    assert.equal(gz.headers.get('content-encoding'), 'gzip', 'no .br of this one: gzip');
    assert.equal(gz.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await gz.text(), BUNDLE);
    const noBr = await raw('/widgets/kohtaamo-feedback-form.js', 'br;q=0, gzip');
    assert.equal(noBr.headers.get('content-encoding'), 'gzip');
    assert.notEqual(noBr.headers.get('etag'), br.headers.get('etag'), 'each coding has its own ETag');
    const identity = await raw('/widgets/kohtaamo-feedback-form.js', 'identity');
    assert.equal(identity.headers.get('content-encoding'), null);
    assert.equal(identity.headers.get('content-length'), String(Buffer.byteLength(BUNDLE)));
    const stale = await raw('/widgets/kohtaamo.js', 'gzip');
    assert.equal(stale.headers.get('content-encoding'), null, 'the stale .gz is not sent');
    assert.equal(await stale.text(), BUNDLE);
  });

  test('a missing bundle is a 404 problem; nothing outside the folder is reachable', async () => {
    for (const path of [
      '/widgets/nope.js',
      '/widgets/.hidden.js',
      '/widgets/%2e%2e/%2e%2e/package.json',
      '/widgets/..%2f..%2fpackage.json',
      '/widgets/chunks/..%2F..%2Fkohtaamo.js',
      '/widgets/',
    ]) {
      const response = await fetch(server.at(path));
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, path);
      assert.ok(!(await response.text()).includes('secret'));
    }
  });

  test('before `npm run build`, a clear 503 problem says what to do', async () => {
    const response = await fetch(unbuilt.at('/widgets/kohtaamo.js'), { headers: { 'Accept-Language': 'en' } });
    assert.equal(response.status, 503);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = (await response.json()) as { detail: string };
    assert.match(problem.detail, /npm run build/);
  });
});
