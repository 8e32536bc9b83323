import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
const cfg = (await import('../rollup.config.js')).widgetsBuild?.() ;
if (!cfg) { console.error('no widgetsBuild export'); process.exit(1); }
const b = await rollup({ ...cfg, onwarn() {} });
const out = Array.isArray(cfg.output) ? cfg.output[0] : cfg.output;
const { output } = await b.generate(out);
const filter = process.argv[2] ?? '';
for (const c of output) {
  if (c.type !== 'chunk') continue;
  if (filter && !c.fileName.includes(filter)) continue;
  const gz = gzipSync(c.code, { level: 9 }).length;
  const total = Object.values(c.modules).reduce((s, m) => s + m.renderedLength, 0) || 1;
  console.log(`\n== ${c.fileName} gzip ${gz}`);
  const mods = Object.entries(c.modules).filter(([, m]) => m.renderedLength > 0).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
  for (const [id, m] of mods.slice(0, 25)) console.log(String(Math.round(gz * m.renderedLength / total)).padStart(7), id.replace(/.*node_modules\//, 'nm/').replace(/.*packages\//, ''));
}
