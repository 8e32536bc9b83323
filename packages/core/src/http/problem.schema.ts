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

// As valibot's object schemas: anything of type object but null (an array too).
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const optional = (x: unknown, type: 'string' | 'number'): boolean => x === undefined || typeof x === type;

/**
 * {@link ProblemSchema}'s check written out, so the API client, which every widget loads before
 * its own code, reads a problem document without valibot (issue 7, docs/adr/0061): the same
 * answer as `v.safeParse(ProblemSchema, body)` (a property test compares them), `null` when that
 * fails. Extra members stay (a loose object); a field error keeps only its four members.
 */
export function parseProblem(body: unknown): Problem | null {
  if (!isObject(body)) return null;
  const { type, title, status, detail, instance, code, errors } = body;
  if (![title, detail, instance, code].every((x) => optional(x, 'string')) || !optional(type, 'string') || !optional(status, 'number')) return null;
  if (typeof status === 'number' && Number.isNaN(status)) return null;
  let fieldErrors: ProblemFieldError[] | undefined;
  if (errors !== undefined) {
    if (!Array.isArray(errors)) return null;
    fieldErrors = [];
    for (const e of errors as unknown[]) {
      if (!isObject(e) || typeof e.pointer !== 'string' || typeof e.code !== 'string' || typeof e.detail !== 'string') return null;
      const error: ProblemFieldError = { pointer: e.pointer, code: e.code, detail: e.detail };
      if ('params' in e && e.params === undefined) Object.assign(error, { params: undefined });
      else if (e.params !== undefined) {
        if (!isObject(e.params)) return null;
        const params: Record<string, string | number> = {};
        for (const [key, value] of Object.entries(e.params)) {
          if (typeof value !== 'string' && (typeof value !== 'number' || Number.isNaN(value))) return null;
          params[key] = value;
        }
        error.params = params;
      }
      fieldErrors.push(error);
    }
  }
  const problem: Problem = { ...body, type: type === undefined ? 'about:blank' : (type as string) };
  if (fieldErrors !== undefined) problem.errors = fieldErrors;
  return problem;
}

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
