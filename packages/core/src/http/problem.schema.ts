import * as v from 'valibot';

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * One invalid field: `pointer` is a JSON Pointer (RFC 6901) into the request body, written as a
 * URI fragment as in RFC 9457 §3 ("#/contact/email"); `code` is a message key the widgets
 * translate with `params`; `detail` is the same text for a person reading the raw answer.
 */
export const ProblemFieldErrorSchema = v.object({
  pointer: v.string(),
  code: v.string(),
  detail: v.string(),
  /** Values of the message's placeholders ({ max: 5000 }), so a widget words it in its own language. */
  params: v.optional(v.record(v.string(), v.union([v.string(), v.number()]))),
});
export type ProblemFieldError = v.InferOutput<typeof ProblemFieldErrorSchema>;

/** Problem Details for HTTP APIs (RFC 9457), with the `errors` extension for invalid fields. */
export const ProblemSchema = v.looseObject({
  type: v.optional(v.string(), 'about:blank'),
  title: v.optional(v.string()),
  status: v.optional(v.number()),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  code: v.optional(v.string()),
  errors: v.optional(v.array(ProblemFieldErrorSchema)),
});
export type Problem = v.InferOutput<typeof ProblemSchema>;

/** Problem types of this API, relative to the API's own documentation. */
export const PROBLEM_TYPES = {
  validation: 'https://kohtaamo.fi/problems/validation',
  notFound: 'https://kohtaamo.fi/problems/not-found',
  idempotencyMismatch: 'https://kohtaamo.fi/problems/idempotency-key-reused',
  rateLimited: 'https://kohtaamo.fi/problems/rate-limited',
  unavailable: 'https://kohtaamo.fi/problems/unavailable',
  internal: 'https://kohtaamo.fi/problems/internal',
  unauthorized: 'https://kohtaamo.fi/problems/unauthorized',
  forbidden: 'https://kohtaamo.fi/problems/forbidden',
  staleVersion: 'https://kohtaamo.fi/problems/stale-version',
  versionRequired: 'https://kohtaamo.fi/problems/version-required',
  invalidTransition: 'https://kohtaamo.fi/problems/invalid-transition',
  originNotAllowed: 'https://kohtaamo.fi/problems/origin-not-allowed',
} as const;
