// The size budgets of issue 7, on the bundles `npm run build` wrote: every widget's cold page
// (its entry and every chunk it imports statically, each gzipped at level 9) at most 20 KB,
// the loader at most 2 KB, all widgets of a domain together at most 40 KB. `npm run bench`
// prints the same figures beside Lit alone.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { BUDGETS, measure, measureDirectory, OVER_BUDGET_CEILINGS, overBudget } from '../../scripts/bundle-sizes.mjs';

const dir = join(import.meta.dirname, '../../packages/elements/dist/bundles');

interface Figures {
  widgets: { widget: string; gzip: number; lazyGzip: number; lazyFiles: string[] }[];
  domains: { domain: string; gzip: number }[];
  loader: { gzip: number } | null;
}

test('every widget, the loader and each domain are within their size budgets (gzip -9), or under the ceiling of a known excess', () => {
  const figures = measureDirectory(dir) as Figures;
  const ceilings = OVER_BUDGET_CEILINGS as Record<string, number>;
  for (const w of figures.widgets) {
    const note = w.gzip > BUDGETS.widget ? `  OVER BUDGET ${BUDGETS.widget} (ceiling ${ceilings[w.widget] ?? 'none'})` : '';
    console.log(`${w.widget}: ${w.gzip} bytes cold, ${w.lazyGzip} lazy${note}`);
  }
  for (const d of figures.domains) console.log(`all ${d.domain} widgets: ${d.gzip} bytes${d.gzip > BUDGETS.domain ? `  OVER BUDGET ${BUDGETS.domain}` : ''}`);
  console.log(`kohtaamo.js: ${figures.loader?.gzip} bytes`);
  assert.ok(figures.widgets.length >= 7, 'every define/kohtaamo-*.ts is a widget entry');
  assert.deepEqual(overBudget(figures, BUDGETS, ceilings), []);
  // A ceiling above the budget for a widget that is within it would hide a later excess.
  for (const [name, ceiling] of Object.entries(ceilings)) {
    const figure = name.startsWith('domain ') ? figures.domains.find((d) => `domain ${d.domain}` === name) : figures.widgets.find((w) => w.widget === name);
    assert.ok(figure, `${name}: a ceiling for something that is not built`);
    assert.ok(figure.gzip > (name.startsWith('domain ') ? BUDGETS.domain : BUDGETS.widget), `${name} is within budget now (${figure.gzip} bytes): delete its ceiling`);
  }
});

test('Leaflet, the Open311 adapter and the Swedish and English texts are lazy chunks', () => {
  const figures = measureDirectory(dir) as Figures;
  // Chunks are named by their hash alone (docs/adr/0079): what one holds is in its source map.
  const sources = (file: string): string[] => (JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as { sources: string[] }).sources;
  const lazy = (name: string) => figures.widgets.find((w) => w.widget === name)!.lazyFiles.flatMap(sources).join(' ');
  assert.match(lazy('kohtaamo-feedback-form.js'), /leaflet/);
  assert.match(lazy('kohtaamo-feedback-form.js'), /open311/);
  assert.match(lazy('kohtaamo-feedback-stats.js'), /signals\.messages\.sv/);
  assert.match(lazy('kohtaamo-feedback-stats.js'), /signals\.messages\.en/);
});

test('the budget check counts shared chunks once per widget and fails with the figure', () => {
  const sizes: Record<string, number> = { 'kohtaamo-demo-a.js': 9000, 'kohtaamo-demo-b.js': 4000, 'chunks/shared.js': 12000, 'chunks/lazy.js': 30000, 'kohtaamo.js': 2500 };
  const files = {
    'kohtaamo-demo-a.js': { entry: true, imports: ['chunks/shared.js'], dynamicImports: ['chunks/lazy.js'] },
    'kohtaamo-demo-b.js': { entry: true, imports: ['chunks/shared.js'], dynamicImports: [] },
    'chunks/shared.js': { entry: false, imports: [], dynamicImports: [] },
    'chunks/lazy.js': { entry: false, imports: ['chunks/shared.js'], dynamicImports: [] },
    'kohtaamo.js': { entry: true, imports: [], dynamicImports: [] },
  };
  // Incompressible bytes, so the gzip sizes are known to within a header.
  const code = new Map(Object.keys(files).map((name) => [name, randomBytes(sizes[name]!)]));
  const figures = measure(files, (name: string) => code.get(name)) as Figures;
  const a = figures.widgets.find((w) => w.widget === 'kohtaamo-demo-a.js')!;
  assert.ok(a.gzip > 21000 && a.gzip < 21300, `a: ${a.gzip}`);
  assert.ok(a.lazyGzip > 30000, 'the lazy chunk apart');
  assert.ok(figures.domains[0]!.gzip > 25000 && figures.domains[0]!.gzip < 25300, 'shared counted once in the domain');
  const over = overBudget(figures, BUDGETS) as string[];
  assert.equal(over.length, 2);
  const held = overBudget(figures, BUDGETS, { 'kohtaamo-demo-a.js': a.gzip + 1 }) as string[];
  assert.equal(held.length, 1, 'within its ceiling');
  assert.match((overBudget(figures, BUDGETS, { 'kohtaamo-demo-a.js': a.gzip - 1 }) as string[])[0]!, /over its ceiling/);
  assert.match(over[0]!, new RegExp(`kohtaamo-demo-a.js: ${a.gzip} bytes gzip on a cold page, budget 20000`));
  assert.match(over[1]!, /kohtaamo.js: \d+ bytes gzip, budget 2000/);
});
