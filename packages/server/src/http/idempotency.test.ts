import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson, requestHash } from './idempotency.js';

describe('canonicalJson / requestHash', () => {
  test('key order and white space do not matter; values do', () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'ä' } };
    const b = JSON.parse('{ "a": { "c": "ä", "d": [1, {"x": 1, "y": 2}] }, "b": 1 }') as unknown;
    assert.equal(canonicalJson(a), '{"a":{"c":"ä","d":[1,{"x":1,"y":2}]},"b":1}');
    assert.equal(requestHash(a), requestHash(b));
    assert.notEqual(requestHash({ a: 1 }), requestHash({ a: 2 }));
    assert.notEqual(requestHash([1, 2]), requestHash([2, 1]), 'array order matters');
    assert.match(requestHash(null), /^[0-9a-f]{64}$/);
  });

  test('a key with an undefined value is the same as no key', () => {
    assert.equal(canonicalJson({ a: 1, b: undefined }), canonicalJson({ a: 1 }));
  });

  test('any depth: a value nested 100 000 levels gives its text (no stack overflow), arrays keep undefined as null', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}{"b":1,"a":[]}${']'.repeat(depth)}`;
    assert.equal(canonicalJson(JSON.parse(text)), `${'['.repeat(depth)}{"a":[],"b":1}${']'.repeat(depth)}`);
    assert.equal(canonicalJson([undefined, 'x', { z: null }]), '[null,"x",{"z":null}]');
    assert.equal(canonicalJson({}), '{}');
  });
});
