// `npm start` rebuilds the widgets only when a source changed (issue 8: it took 75 s each time).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { bundleInputsFingerprint, bundlesFresh } from '../../scripts/build-fingerprint.mjs';

test('the bundles count as fresh until a source changes, is added or removed', () => {
  const root = mkdtempSync(join(tmpdir(), 'kohtaamo-fingerprint-'));
  try {
    const inputs = ['src', 'rollup.config.js'];
    const stamp = 'dist/.build-stamp';
    mkdirSync(join(root, 'src/a'), { recursive: true });
    mkdirSync(join(root, 'packages/elements/dist/bundles'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'src/a/x.ts'), 'export const x = 1;');
    writeFileSync(join(root, 'rollup.config.js'), 'export default [];');
    writeFileSync(join(root, 'packages/elements/dist/bundles/kohtaamo.js'), '');
    assert.equal(bundlesFresh(root, inputs, stamp), false, 'never built');
    const build = () => writeFileSync(join(root, stamp), `${bundleInputsFingerprint(root, inputs)}\n`);
    build();
    assert.equal(bundlesFresh(root, inputs, stamp), true, 'built, nothing changed');
    // A test file changes nothing in the bundles.
    writeFileSync(join(root, 'src/a/x.test.ts'), 'test');
    assert.equal(bundlesFresh(root, inputs, stamp), true, 'tests are not inputs');
    utimesSync(join(root, 'src/a/x.ts'), new Date(), new Date(Date.now() + 5000));
    assert.equal(bundlesFresh(root, inputs, stamp), false, 'a source was edited');
    build();
    writeFileSync(join(root, 'src/a/y.ts'), 'export const y = 2;');
    assert.equal(bundlesFresh(root, inputs, stamp), false, 'a source was added');
    build();
    rmSync(join(root, 'src/a/y.ts'));
    assert.equal(bundlesFresh(root, inputs, stamp), false, 'a source was removed');
    build();
    rmSync(join(root, 'packages/elements/dist/bundles/kohtaamo.js'));
    assert.equal(bundlesFresh(root, inputs, stamp), false, 'the output is gone');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
