#!/usr/bin/env node
// Builds the server to plain JavaScript: packages/server/dist/bin/{main,admin,retention.cli}.js
// (ES modules, Node 20, source maps), run with plain `node`, no TypeScript loader.
//   node packages/server/scripts/build.mjs
// @kohtaamo/core is bundled in from its sources (the `source` export condition), so the server
// needs no separate build of the core; every other package stays an import of node_modules.
// The output sits two folders below the package (dist/bin/) like src/<folder>/, so the paths
// the code finds from import.meta.url (the demo pages, the widget bundles) stay the same.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/bin`;
rmSync(`${root}dist`, { recursive: true, force: true });

/** Bare imports stay external, except the workspace's own packages, bundled from source. */
const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@kohtaamo/') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts', admin: 'src/admin.ts', 'retention.cli': 'src/platform/retention/retention.cli.ts', 'surveys-results.worker': 'src/surveys/surveys-results.worker.ts', 'budgeting-tally.worker': 'src/budgeting/budgeting-tally.worker.ts', 'booking-figures.worker': 'src/booking/booking-figures.worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  sourcemap: true,
  // Chunks beside the entries: a chunk one folder deeper would move the paths it finds from import.meta.url.
  chunkNames: 'chunk-[hash]',
  plugins: [externals],
  logLevel: 'warning',
});
console.log(`@kohtaamo/server built to ${outdir}`);
