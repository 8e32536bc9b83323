// What a person's first send waits for when the API client's write path (ky, a lazy chunk since
// docs/adr/0082) is not loaded yet: Chromium imports that chunk from the built bundles under the
// network profiles of Chrome's DevTools, beside a tiny chunk as the baseline (one round trip), and
// beside an import of the chunk once it is loaded (what a prefetched send waits: nothing). The
// bundles must be built first (KOHTAAMO_BUILD=bundles npx rollup -c). Median of 5 per profile.
// Usage: npm run bench:writes
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { launchChromium } from '../test/support/browser.js';

const dir = join(import.meta.dirname, '../packages/elements/dist/bundles');
const chunks = readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js'));
const read = (f: string) => readFileSync(join(dir, 'chunks', f));
const ky = chunks.find((f) => read(f).includes('The `onDownloadProgress` option must be a function'));
if (!ky) throw new Error(`no ky chunk in ${dir}: build the bundles first`);
const manifest = JSON.parse(readFileSync(join(dir, 'bundles.manifest.json'), 'utf8')) as Record<string, { imports: string[] }>;
const kyImports = manifest[`chunks/${ky}`]!.imports;
// The baseline: the smallest chunk that imports nothing.
const tiny = chunks.filter((f) => manifest[`chunks/${f}`]?.imports.length === 0).sort((a, b) => read(a).length - read(b).length)[0]!;

const server = createServer((req, res) => {
  const path = join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
  if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>writes</title>');
  if (!path.startsWith(dir) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
  res.end(gzipSync(readFileSync(path), { level: 9 }));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`ky chunk ${ky}: ${gzipSync(read(ky), { level: 9 }).length} B gzip; baseline ${tiny}: ${gzipSync(read(tiny), { level: 9 }).length} B gzip\n`);
console.log(`${'profile'.padEnd(10)} ${'tiny chunk'.padStart(11)} ${'ky chunk'.padStart(9)} ${'prefetched'.padStart(11)}   (ms, median of 5)`);
try {
  for (const profile of ['Slow 3G', 'Fast 3G', 'Fast 4G', 'none'] as const) {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    // What the ky chunk imports is on the page already (the client's floor chunk: every widget's cold page).
    await page.evaluate(async (urls: string[]) => void (await Promise.all(urls.map((u) => import(u)))), kyImports.map((f) => `${origin}/${f}`));
    if (profile !== 'none') await page.emulateNetworkConditions(PredefinedNetworkConditions[profile]);
    const time = (url: string) => page.evaluate(async (u: string) => {
      const t = performance.now();
      await import(u);
      return performance.now() - t;
    }, url);
    const base: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      base.push(await time(`${origin}/chunks/${tiny}?run=${profile}${i}`));
      cold.push(await time(`${origin}/chunks/${ky}?run=${profile}${i}`));
      warm.push(await time(`${origin}/chunks/${ky}?run=${profile}${i}`));
    }
    console.log(`${profile.padEnd(10)} ${median(base).toFixed(0).padStart(11)} ${median(cold).toFixed(0).padStart(9)} ${median(warm).toFixed(0).padStart(11)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
