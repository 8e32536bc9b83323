import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { problem, t } from '../http/problem.js';
import { resolveInside, serveFile } from './static-files.js';

/** The demo site's pages and styles (packages/server/demo). */
export const DEFAULT_DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));
/** Where `npm run build` (rollup) writes the widget bundles. */
export const DEFAULT_BUNDLES_DIR = fileURLToPath(new URL('../../../elements/dist/bundles/', import.meta.url));

/**
 * Content-Security-Policy of the demo pages: everything from this origin only. Styles allow
 * 'unsafe-inline' because Lit falls back to <style> elements where constructable style sheets
 * are missing; scripts do not.
 */
const DEMO_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // The feedback map's tiles (the form's default `tiles`; a city puts its own tile server here).
    "img-src 'self' data: blob: https://tile.openstreetmap.org",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), payment=(), geolocation=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Content-hashed files: a new content is a new name, so a copy never needs asking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface DemoOptions {
  readonly demoDir?: string;
  readonly bundlesDir?: string;
}

/**
 * The demo site and the widget bundles:
 * - GET /            the Finnish demo page (demo/index.html); /sv.html and /en.html likewise
 * - GET /varaus/{id}  a booking's manage page (demo/varaus.html; /bokning/{id} and /booking/{id} in sv, en),
 *                    whose language links keep the booking and the code's fragment (demo/manage-page.js)
 * - GET /widgets/*   the built bundles, to any origin (a module script from another site is a
 *                    CORS request), brotli or gzip precompressed by the build when the browser
 *                    takes it; 503 problem telling to run `npm run build` when not built.
 * The entries and the loader have stable names: revalidated each time (`no-cache` + ETag).
 * Files under chunks/ carry a hash of their content in the name: cached for a year, immutable.
 */
export function demoRoutes(options: DemoOptions = {}): Hono<AppEnv> {
  const demoDir = options.demoDir ?? DEFAULT_DEMO_DIR;
  const bundlesDir = options.bundlesDir ?? DEFAULT_BUNDLES_DIR;
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const response = await serveFile(c, join(demoDir, 'index.html'), { cacheControl: 'no-cache', headers: DEMO_PAGE_HEADERS });
    return response ?? c.notFound();
  });

  // A booking's manage link from its mail (issue 12): /varaus/{id}#code=… (Swedish /bokning/, English
  // /booking/), the page with <kohtaamo-space-booking manage>. The page is the same for every id; the
  // widget reads the id from the path and the code from the fragment, which the browser never sends.
  app.get('/:page{varaus|bokning|booking}/:bookingId{b[0-9a-f]{16}}', async (c) => {
    const response = await serveFile(c, join(demoDir, `${c.req.param('page')}.html`), { cacheControl: 'no-cache', headers: DEMO_PAGE_HEADERS });
    return response ?? c.notFound();
  });

  // The demo's pages, styles and images, and its scripts of its own (manage-page.js: the manage
  // pages' language links keep the booking and its fragment; budgeting-vote.js: the budgeting pages
  // follow the newest rounds); script files, as the CSP allows no inline one.
  app.get('/:file{[a-z0-9-]+\\.(?:html|css|svg|ico|js)}', async (c) => {
    const file = resolveInside(demoDir, c.req.param('file'));
    const isPage = c.req.param('file').endsWith('.html');
    const response =
      file === null
        ? null
        : await serveFile(c, file, { cacheControl: 'no-cache', headers: isPage ? DEMO_PAGE_HEADERS : {} });
    return response ?? c.notFound();
  });

  app.get('/widgets/*', async (c) => {
    const locale = c.get('locale');
    const corsHeaders = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };
    if (!existsSync(bundlesDir)) {
      return problem(c, { status: 503, detail: t(locale, 'problem.widgetsMissing.detail'), headers: corsHeaders });
    }
    const relative = c.req.path.slice('/widgets/'.length);
    const file = resolveInside(bundlesDir, relative);
    const cacheControl = relative.startsWith('chunks/') ? IMMUTABLE : 'no-cache';
    // The bundles name no source map inside (rollup's `sourcemap: 'hidden'`: the comment costs
    // ~40 bytes gzipped per file, a widget loads up to 28 files): the header names it instead,
    // which the browsers' developer tools read the same way.
    const map: Record<string, string> = file !== null && file.endsWith('.js') && existsSync(`${file}.map`) ? { SourceMap: `${basename(file)}.map` } : {};
    const response = file === null ? null : await serveFile(c, file, { cacheControl, headers: { ...corsHeaders, ...map }, precompressed: true });
    return (
      response ??
      problem(c, { status: 404, detail: t(locale, 'problem.widgetNotFound.detail', { path: c.req.path }), headers: corsHeaders })
    );
  });

  return app;
}
