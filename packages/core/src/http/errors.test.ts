import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNetworkError, isProblemError, isRetryable, NetworkError, ProblemError, retryDelay } from './errors.js';
import { IDEMPOTENCY_KEY_PATTERN, newIdempotencyKey } from './idempotency.js';

const problem = (status: number) => new ProblemError({ type: 'about:blank', status }, status);

test('only answers that may heal are retried', () => {
  assert.equal(isRetryable(new NetworkError('down')), true);
  for (const status of [408, 429, 500, 502, 503, 504]) assert.equal(isRetryable(problem(status)), true, String(status));
  for (const status of [400, 401, 403, 404, 409, 413, 415, 422]) assert.equal(isRetryable(problem(status)), false, String(status));
  assert.equal(isRetryable(new Error('bug')), false);
});

test('the errors are read by name, so those of another copy of core count too, and nothing else does', () => {
  class OtherCopyProblem extends Error {
    override readonly name = 'ProblemError';
    readonly status = 503;
    readonly retryAfter = 4;
  }
  const other = new OtherCopyProblem('busy');
  assert.ok(isProblemError(other) && !isNetworkError(other));
  assert.equal(isRetryable(other), true);
  assert.ok(isNetworkError(new NetworkError('down')) && !isProblemError(new NetworkError('down')));
  assert.ok(isProblemError(problem(422)));
  for (const notOurs of [new TypeError('Failed to fetch'), { name: 'ProblemError', status: 500 }, 'ProblemError', null]) {
    assert.equal(isProblemError(notOurs) || isNetworkError(notOurs) || isRetryable(notOurs), false, String(notOurs));
  }
});

test('retry delays double from 1 s up to 30 s, jitter only shortens, Retry-After wins', () => {
  const none = () => 0;
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 10].map((n) => retryDelay(n, null, none)), [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  assert.equal(retryDelay(1, null, () => 1), 800);
  assert.equal(retryDelay(3, 7, none), 7000);
  assert.equal(retryDelay(3, 100000, none), 300000);
});

test('idempotency keys are RFC 4122 version 4 UUIDs and differ', () => {
  const keys = new Set(Array.from({ length: 1000 }, newIdempotencyKey));
  assert.equal(keys.size, 1000);
  for (const key of keys) {
    assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(key, IDEMPOTENCY_KEY_PATTERN);
  }
});
