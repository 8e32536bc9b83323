#!/usr/bin/env node
// Prints what a cold page downloads for each widget (its entry plus every chunk it imports
// statically, each file gzipped at level 9 as a server sends it; brotli 11 beside), the lazy
// chunks it may load later (Leaflet, Open311, other languages) apart, each domain's widgets
// together, and the loader; beside Lit alone, all built in this one run with the plugins of
// the shipped bundles (rollup.config.js). Budgets: scripts/bundle-sizes.mjs.
// Usage: npm run bench   (or node bench/bundle-size.mjs --json)
import { rollup } from 'rollup';
import { bundlePlugins, loaderBuild, widgetsBuild } from '../rollup.config.js';
import { BUDGETS, LOADER_FILE, gzipBytes, measure, overBudget } from '../scripts/bundle-sizes.mjs';

async function generate(options) {
  const { output: outputOptions, ...inputOptions } = options;
  const bundle = await rollup({ ...inputOptions, onwarn: () => {} });
  const { output } = await bundle.generate({ ...outputOptions, sourcemap: false });
  await bundle.close();
  return output.filter((o) => o.type === 'chunk');
}

const lit = await generate({ input: 'bench/fixtures/lit-only-element.ts', plugins: bundlePlugins(), output: { format: 'es' } });
const litGzip = gzipBytes(Buffer.from(lit[0].code));

const chunks = [...(await generate(widgetsBuild())), ...(await generate({ ...loaderBuild(), output: { format: 'es', entryFileNames: LOADER_FILE } }))];
const files = Object.fromEntries(chunks.map((c) => [c.fileName, { entry: c.isEntry, imports: c.imports, dynamicImports: c.dynamicImports }]));
const code = new Map(chunks.map((c) => [c.fileName, Buffer.from(c.code)]));
const figures = measure(files, (name) => code.get(name));
const over = overBudget(figures);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ litGzip, budgets: BUDGETS, ...figures, widgets: figures.widgets.map(({ files: f, ...w }) => ({ ...w, files: [...f] })), over }, null, 2));
} else {
  const n = (v) => v.toLocaleString('en-US').padStart(9);
  const ratio = (v) => `${(v / litGzip).toFixed(2)}×`.padStart(8);
  console.log(`Lit alone (one minimal Lit element, same build): ${n(litGzip).trim()} bytes gzip -9\n`);
  console.log(`${'widget (cold page: entry + static chunks)'.padEnd(44)} ${'files'.padStart(5)} ${'min'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)} ${'vs lit'.padStart(8)} ${'budget'.padStart(8)} ${'lazy gzip'.padStart(10)}`);
  for (const w of figures.widgets) {
    console.log(`${w.widget.padEnd(44)} ${String(w.files.size).padStart(5)} ${n(w.raw)} ${n(w.gzip)} ${n(w.brotli)} ${ratio(w.gzip)} ${(w.gzip <= BUDGETS.widget ? 'ok' : 'OVER').padStart(8)} ${n(w.lazyGzip).padStart(10)}`);
  }
  console.log('');
  for (const d of figures.domains) {
    console.log(`${`all ${d.widgets} ${d.domain} widgets on one page`.padEnd(44)} ${''.padStart(5)} ${''.padStart(9)} ${n(d.gzip)} ${n(d.brotli)} ${ratio(d.gzip)} ${(d.gzip <= BUDGETS.domain ? 'ok' : 'OVER').padStart(8)}`);
  }
  const l = figures.loader;
  console.log(`${LOADER_FILE.padEnd(44)} ${'1'.padStart(5)} ${n(l.raw)} ${n(l.gzip)} ${n(l.brotli)} ${ratio(l.gzip)} ${(l.gzip <= BUDGETS.loader ? 'ok' : 'OVER').padStart(8)}`);
  console.log('\nLazy chunks (loaded only when needed):');
  const lazy = new Set(figures.widgets.flatMap((w) => w.lazyFiles));
  for (const name of [...lazy].sort()) console.log(`  ${name.padEnd(50)} ${n(gzipBytes(code.get(name)))} gzip`);
  console.log(`\nBudgets (gzip -9): widget ${BUDGETS.widget}, loader ${BUDGETS.loader}, a domain's widgets together ${BUDGETS.domain}.`);
  if (over.length > 0) console.log(`Over budget:\n  ${over.join('\n  ')}`);
}
