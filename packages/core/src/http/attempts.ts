// The API client's retry policy, in one place for both of its paths (issue 7, docs/adr/0082):
// reads go through the client's own fetch loop (http.ts), writes through ky (writes.ts), whose
// `retry.shouldRetry` and `retry.delay` ask this file. (The submission store's own retries of a
// form's send, minutes apart and under an Idempotency-Key, are another policy: retry.ts.)

/** Methods sent again after a failed attempt: the idempotent ones. POST never is, here. */
export const RETRY_METHODS: readonly string[] = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'];

/** Statuses that may heal when the same request is sent again. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** Statuses whose Retry-After is waited for (other statuses back off as after no answer). */
const AFTER_STATUSES = [429, 503];

/** The longest backoff between two attempts, in milliseconds. */
export const BACKOFF_LIMIT = 5_000;

/** What one attempt met: no answer, a timeout, or an answer that was not a success. */
export type Failure = 'network' | 'timeout' | { readonly status: number; readonly retryAfter: number | null };

/** Seconds from a Retry-After header (seconds or an HTTP date; never below 0), or null. */
export function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/**
 * Milliseconds to wait before sending a request again after its attempt number `retryCount`
 * failed (1 after the first attempt), or null when it is not sent again: not an idempotent
 * method, no retries left, a status that does not heal, or a Retry-After longer than
 * `maxRetryAfter` (the caller hands the answer on with it). Backoff 0.3 s, 0.6 s, 1.2 s … at most
 * BACKOFF_LIMIT, shortened by up to 20 % of jitter so that many widgets do not knock together.
 */
export function againAfter(
  method: string,
  failure: Failure,
  retryCount: number,
  limits: { readonly retries: number; readonly maxRetryAfter: number },
  random: () => number = Math.random,
): number | null {
  if (retryCount > limits.retries || !RETRY_METHODS.includes(method.toUpperCase())) return null;
  if (typeof failure === 'object') {
    if (!RETRY_STATUSES.includes(failure.status)) return null;
    if (failure.retryAfter !== null) {
      if (failure.retryAfter * 1000 > limits.maxRetryAfter) return null;
      if (AFTER_STATUSES.includes(failure.status)) return failure.retryAfter * 1000;
    }
  }
  return Math.min(BACKOFF_LIMIT, 300 * 2 ** (retryCount - 1) * (0.8 + 0.2 * random()));
}
