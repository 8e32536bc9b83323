// Every subpath a package exports resolves to a file after `npm run build`: an app that imports
// `@kohtaamo/core/forms` from the published package gets the module, not ERR_MODULE_NOT_FOUND
// (a folder added to core's exports without a build entry would ship nothing).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');

for (const pkg of ['core', 'elements']) {
  test(`@kohtaamo/${pkg}: every exported subpath has its built module and types`, () => {
    const dir = join(root, 'packages', pkg);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>> };
    const missing: string[] = [];
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const conditions = typeof target === 'string' ? { default: target } : target;
      for (const [condition, file] of Object.entries(conditions)) {
        if (file.includes('*')) continue; // patterns (define/*) are checked by the files they match
        if (!existsSync(join(dir, file))) missing.push(`${subpath} (${condition}): ${file}`);
      }
    }
    assert.deepEqual(missing, [], 'run `npm run build` first; a missing file here is missing from the package');
  });
}
