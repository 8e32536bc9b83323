import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { acceptedCodings, contentTypeOf, resolveInside } from './static-files.js';

describe('resolveInside', () => {
  test('plain relative paths resolve below the root', () => {
    assert.equal(resolveInside('/srv/bundles', 'kohtaamo.js'), '/srv/bundles/kohtaamo.js');
    assert.equal(resolveInside('/srv/bundles/', 'chunks/a-1.js'), '/srv/bundles/chunks/a-1.js');
    // Chunks are named by a base64url hash, which may begin with "-" or "_" (a console's floor
    // chunk "-fU39xzI.js" was refused, and the widget did not load).
    assert.equal(resolveInside('/srv/bundles', 'chunks/-fU39xzI.js'), '/srv/bundles/chunks/-fU39xzI.js');
    assert.equal(resolveInside('/srv/bundles', 'chunks/_x9.js'), '/srv/bundles/chunks/_x9.js');
  });

  test('nothing outside the root, nothing hidden, nothing odd', () => {
    for (const path of ['', '../x.js', 'a/../../x.js', '%2e%2e/x.js', '..%2fx.js', '.env', 'a//b.js', '/etc/passwd', 'a\\b.js', '%E0%A4%A']) {
      assert.equal(resolveInside('/srv/bundles', path), null, path);
    }
  });
});

describe('acceptedCodings', () => {
  test('reads Accept-Encoding with weights and *', () => {
    assert.deepEqual([...acceptedCodings('gzip, deflate, br, zstd')].sort(), ['br', 'gzip']);
    assert.deepEqual([...acceptedCodings('gzip;q=0.5, br;q=0')], ['gzip']);
    assert.deepEqual([...acceptedCodings('*')].sort(), ['br', 'gzip']);
    assert.deepEqual([...acceptedCodings('*, br;q=0')], ['gzip']);
    assert.deepEqual([...acceptedCodings('identity')], []);
    assert.deepEqual([...acceptedCodings(undefined)], []);
  });
});

describe('contentTypeOf', () => {
  test('knows the types the demo and bundles use', () => {
    assert.equal(contentTypeOf('a.js'), 'text/javascript; charset=utf-8');
    assert.equal(contentTypeOf('a.JS'), 'text/javascript; charset=utf-8');
    assert.equal(contentTypeOf('a.js.map'), 'application/json; charset=utf-8');
    assert.equal(contentTypeOf('a.css'), 'text/css; charset=utf-8');
    assert.equal(contentTypeOf('x'), 'application/octet-stream');
  });
});
