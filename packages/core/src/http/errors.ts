import type { Problem } from './problem.schema.js';

/** The server answered with an error (a Problem Details document). */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  constructor(
    readonly problem: Problem,
    readonly status: number,
    /** Seconds from the Retry-After header, when the server sent one. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** No answer came: the network is down, the server is unreachable, or the request timed out. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
  }
}

/** The server answered, but not with what the contract says. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(message: string, readonly issues: unknown) {
    super(message);
  }
}

/**
 * Whether the same request may succeed when sent again: no answer, a timeout, too many
 * requests, or a server-side failure. A 4xx other than 408/429 never heals by retrying.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof ProblemError) {
    return error.status === 408 || error.status === 429 || error.status >= 500;
  }
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
