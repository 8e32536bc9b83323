import type * as v from 'valibot';
import { toPointer } from './json-pointer.js';

export { fromPointer, toPointer } from './json-pointer.js';

/** The part of a valibot issue this module reads; any valibot issue fits. */
export interface IssueLike {
  readonly type: string;
  readonly message: string;
  readonly input?: unknown;
  readonly requirement?: unknown;
  readonly path?: ReadonlyArray<{ readonly key: unknown }> | undefined;
}

export interface FieldError {
  /** JSON Pointer as a URI fragment, "#/contact/email"; "#" is the whole body. */
  readonly pointer: string;
  /** Message key, translated by the catalogs. */
  readonly code: string;
  /** Values for the message's placeholders. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * Our schemas use message keys ("feedback.message.tooShort") as their valibot messages. An
 * issue with a valibot default message (English prose) gets a generic key by its kind instead.
 */
function codeOf(issue: IssueLike): string {
  if (/^[a-z]+(\.[A-Za-z0-9]+)+$/.test(issue.message)) return issue.message;
  if (issue.input === undefined) return 'common.required';
  if (issue.type === 'max_length') return 'common.tooLong';
  return 'common.invalid';
}

/**
 * Maps valibot issues to one error per field, the first issue of each field winning.
 * The same function serves the widget (before sending) and the server (in its 422 answer).
 */
export function issuesToFieldErrors(issues: ReadonlyArray<IssueLike>): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const issue of issues) {
    const pointer = toPointer((issue.path ?? []).map((p) => p.key));
    if (seen.has(pointer)) continue;
    const code = codeOf(issue);
    const params: Record<string, string | number> = {};
    if (typeof issue.requirement === 'number') {
      params.max = issue.requirement;
      params.min = issue.requirement;
    }
    seen.set(pointer, { pointer, code, params });
  }
  return [...seen.values()];
}

/** Shorthand for the error map a form keeps: pointer → field error. */
export function fieldErrorMap(errors: ReadonlyArray<FieldError>): Record<string, FieldError> {
  return Object.fromEntries(errors.map((e) => [e.pointer, e]));
}

export type AnyIssues = [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]];
