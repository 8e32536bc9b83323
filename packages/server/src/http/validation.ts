import { issuesToFieldErrors, PROBLEM_TYPES, type FieldError, type IssueLike } from '@kohtaamo/core';
import type { Context, MiddlewareHandler, ValidationTargets } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from './app-env.js';
import { problem, t, translateFieldErrors } from './problem.js';

/** application/json and any application/*+json, with or without parameters (charset). */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && JSON_MEDIA_TYPE.test(header.split(';')[0]!.trim());
}

/**
 * The deepest nesting of arrays and objects a JSON body may have. No request of the API nests
 * more than a few levels; a deeper one is refused before any recursive code (the schema, the
 * idempotency fingerprint) sees it.
 */
export const MAX_JSON_DEPTH = 32;

/** How deeply a parsed JSON value nests (a scalar is 0, `[]` is 1), counted without recursion; stops past `limit`. */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, level]);
  }
  return deepest;
}

/** The 422 answer for failed validation: one error per field, pointers into the validated input. */
export function validationProblem(c: Context<AppEnv>, issues: readonly IssueLike[]): Response {
  return fieldProblem(c, issuesToFieldErrors(issues));
}

/**
 * The 422 answer for fields a route or repository refused after the schema (an unknown category,
 * a cursor this server did not write): the same problem as a schema's, each error in the
 * request's language with its parameters.
 */
export function fieldProblem(c: Context<AppEnv>, errors: readonly FieldError[]): Response {
  const locale = c.get('locale');
  return problem(c, {
    status: 422,
    type: PROBLEM_TYPES.validation,
    title: t(locale, 'problem.validation.title'),
    detail: t(locale, 'problem.validation.detail'),
    errors: translateFieldErrors(errors, locale),
  });
}

type Validated<Target extends keyof ValidationTargets, S extends v.GenericSchema> = {
  in: { [K in Target]: v.InferInput<S> };
  out: { [K in Target]: v.InferOutput<S> };
};

/**
 * Validates the JSON body with a core schema (the one the widget uses). Not JSON by its
 * Content-Type → 415; unparseable or nested deeper than MAX_JSON_DEPTH → 400; invalid → 422 with a pointer per field.
 * The handler reads the result with `c.req.valid('json')`.
 */
export function jsonBody<S extends v.GenericSchema, P extends string = string>(
  schema: S,
): MiddlewareHandler<AppEnv, P, Validated<'json', S>> {
  return async (c, next) => {
    if (!isJsonContentType(c.req.header('Content-Type'))) {
      return problem(c, {
        status: 415,
        detail: t(c.get('locale'), 'problem.unsupportedMediaType.detail'),
        headers: { 'Accept-Post': 'application/json' },
      });
    }
    let input: unknown;
    try {
      input = JSON.parse(await c.req.text());
    } catch {
      return problem(c, { status: 400, detail: t(c.get('locale'), 'problem.malformedJson.detail') });
    }
    if (jsonDepth(input, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      return problem(c, { status: 400, detail: t(c.get('locale'), 'problem.tooDeep.detail', { max: MAX_JSON_DEPTH }) });
    }
    const result = v.safeParse(schema, input);
    if (!result.success) return validationProblem(c, result.issues);
    c.set('jsonInput', input);
    c.req.addValidatedData('json', result.output as object);
    await next();
  };
}

/** Validates the path parameters with a schema; pointers name the parameter ("#/code"). */
export function pathParams<S extends v.GenericSchema, P extends string = string>(
  schema: S,
): MiddlewareHandler<AppEnv, P, Validated<'param', S>> {
  return async (c, next) => {
    const result = v.safeParse(schema, c.req.param());
    if (!result.success) return validationProblem(c, result.issues);
    c.req.addValidatedData('param', result.output as object);
    await next();
  };
}

/**
 * Validates the query string with a schema. A parameter given once is a string, given several
 * times an array of strings; pointers name the parameter ("#/page").
 */
export function queryParams<S extends v.GenericSchema, P extends string = string>(
  schema: S,
): MiddlewareHandler<AppEnv, P, Validated<'query', S>> {
  return async (c, next) => {
    const raw = Object.fromEntries(
      Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0] : values]),
    );
    const result = v.safeParse(schema, raw);
    if (!result.success) return validationProblem(c, result.issues);
    c.req.addValidatedData('query', result.output as object);
    await next();
  };
}
