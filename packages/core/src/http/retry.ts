import type { NetworkError, ProblemError } from './errors.js';

// Whether a failed request may succeed when sent again, and when to send it (issue 7). Read by
// the errors' names, not their classes: a form's store imports this without the client's error
// classes (a widget whose sending is a lazy part keeps ky and the schemas out of its first
// view), and an error thrown by another copy of core (a page with the all-in-one bundle beside
// a widget's) is read the same.

/** The client's "the server answered with a problem document" error (ProblemError), of any copy of core. */
export const isProblemError = (error: unknown): error is ProblemError => error instanceof Error && error.name === 'ProblemError';

/** The client's "no answer came" error (NetworkError), of any copy of core. */
export const isNetworkError = (error: unknown): error is NetworkError => error instanceof Error && error.name === 'NetworkError';

/**
 * Whether the same request may succeed when sent again: no answer, a timeout, too many
 * requests, or a server-side failure. A 4xx other than 408/429 never heals by retrying.
 */
export function isRetryable(error: unknown): boolean {
  if (isNetworkError(error)) return true;
  if (isProblemError(error)) return error.status === 408 || error.status === 429 || error.status >= 500;
  return false;
}

/**
 * Delay before attempt `attempt + 1` (attempt counts from 1): 1 s, 2 s, 4 s … at most 30 s,
 * or what the server asked for in Retry-After, with up to 20 % jitter so that many widgets
 * coming back at once do not all knock together.
 */
export function retryDelay(attempt: number, retryAfter: number | null, random = Math.random): number {
  if (retryAfter !== null && retryAfter >= 0) return Math.min(retryAfter, 300) * 1000;
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (1 - 0.2 * random()));
}
