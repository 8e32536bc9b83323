#!/usr/bin/env node
// The build step of `npm start`: the server runs from the TypeScript sources, so all it needs
// built are the widget bundles it serves at /widgets/. They are rebuilt only when a source
// changed since the last build (a fresh clone builds them once); a warm start skips it.
import { spawnSync } from 'node:child_process';
import { bundlesFresh } from './build-fingerprint.mjs';

const root = process.cwd();
if (bundlesFresh(root)) {
  console.log('Widgets are up to date (no source changed since the last build).');
} else {
  console.log('Building the widgets…');
  const started = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent', '--environment', 'KOHTAAMO_BUILD:bundles'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`Widgets built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
