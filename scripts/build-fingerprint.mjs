// What the widget bundles are built from, as one fingerprint: `npm start` rebuilds them only
// when it changed (scripts/build-if-stale.mjs); the build writes it beside the bundles.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The sources of the bundles, relative to the repository root. */
export const BUNDLE_INPUTS = ['packages/core/src', 'packages/elements/src', 'rollup.config.js', 'scripts/bundle-sizes.mjs', 'package-lock.json', 'tsconfig.base.json'];
/** Where the build records the fingerprint it was built from (hidden: never served). */
export const STAMP = 'packages/elements/dist/bundles/.build-stamp';

function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => (name.endsWith('.test.ts') || name === 'node_modules' ? [] : files(root, join(path, name))));
}

/** sha256 over every input file's path, size and modification time (no file is read). */
export function bundleInputsFingerprint(root, inputs = BUNDLE_INPUTS) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => files(root, input)).sort()) {
    const stats = statSync(file);
    hash.update(`${relative(root, file)}\0${stats.size}\0${Math.floor(stats.mtimeMs)}\n`);
  }
  return hash.digest('hex');
}

/** Whether the built bundles are those of the sources as they are now. */
export function bundlesFresh(root, inputs = BUNDLE_INPUTS, stamp = STAMP) {
  const file = join(root, stamp);
  return existsSync(file) && existsSync(join(root, 'packages/elements/dist/bundles/kohtaamo.js')) && readFileSync(file, 'utf8').trim() === bundleInputsFingerprint(root, inputs);
}
