// What the widgets' shared floor holds, read from the bundles `npm run build` wrote (issue 7,
// docs/adr/0065): one copy of ky, without the progress streams the API client never asks for.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { MANIFEST } from '../../scripts/bundle-sizes.mjs';

type Files = Record<string, { entry: boolean; imports: string[]; dynamicImports: string[] }>;
const dir = join(import.meta.dirname, '../../packages/elements/dist/bundles');
const files = (): Files => JSON.parse(readFileSync(join(dir, MANIFEST as string), 'utf8')) as Files;
const code = (name: string): string => readFileSync(join(dir, name), 'utf8');

test('the floor holds one copy of ky, without its progress streams', () => {
  const withKy = Object.keys(files()).filter((name) => code(name).includes('The `onDownloadProgress` option must be a function'));
  assert.equal(withKy.length, 1, withKy.join(', '));
  assert.ok(!code(withKy[0]!).includes('TransformStream'), 'ky progress streams (utils/body.js) are in the floor');
  assert.ok(code(withKy[0]!).includes('Kohtaamo bundles leave out ky progress streams'));
});
