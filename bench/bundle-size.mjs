#!/usr/bin/env node
// Prints the size of each widget bundle beside Lit alone, all built in this one run with the
// same rollup plugins as the shipped bundles (rollup.config.js), so the figures compare.
// gzip at level 9 (what `gzip -9` gives) and brotli at quality 11.
// Usage: npm run bench   (or node bench/bundle-size.mjs --json)
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { bundlePlugins, widgetEntries } from '../rollup.config.js';

async function build(input) {
  const bundle = await rollup({ input, plugins: bundlePlugins(), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return Buffer.from(output[0].code);
}

function measure(name, code) {
  return {
    bundle: name,
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const rows = [measure('lit alone (baseline: one minimal Lit element)', await build('bench/fixtures/lit-only-element.ts'))];
for (const { input, name } of widgetEntries()) rows.push(measure(`${name}.js`, await build(input)));

const baseline = rows[0].gzip;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const fmt = (n) => n.toLocaleString('en-US').padStart(9);
  console.log(`${'bundle'.padEnd(48)} ${'min bytes'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)} ${'gzip vs lit'.padStart(12)}`);
  for (const r of rows) {
    const ratio = `${(r.gzip / baseline).toFixed(2)}×`;
    console.log(`${r.bundle.padEnd(48)} ${fmt(r.bytes)} ${fmt(r.gzip)} ${fmt(r.brotli)} ${ratio.padStart(12)}`);
  }
}
