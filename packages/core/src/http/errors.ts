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

// Whether a failed request may heal, and when to try again: read by the errors' names (retry.ts).
export { isNetworkError, isProblemError, isRetryable, retryDelay } from './retry.js';
