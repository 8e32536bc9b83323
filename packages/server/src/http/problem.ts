import {
  commonMessages,
  mergeCatalogs,
  PROBLEM_CONTENT_TYPE,
  translate,
  type Catalogs,
  type FieldError,
  type Locale,
  type MessageParams,
  type Problem,
  type ProblemFieldError,
} from '@kohtaamo/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';
import { problemMessages } from './problem.messages.js';

/**
 * Every text the server answers with: the platform's own, and each module's catalogs, added
 * when the app is made (createApp registers `module.messages`). Registering the same catalog
 * twice changes nothing.
 */
let serverMessages: Catalogs = mergeCatalogs(commonMessages, problemMessages);
const registered = new Set<Catalogs>();

export function registerCatalogs(catalogs: Catalogs): void {
  if (registered.has(catalogs)) return;
  registered.add(catalogs);
  serverMessages = mergeCatalogs(serverMessages, catalogs);
}

export function t(locale: Locale, key: string, params?: MessageParams): string {
  return translate(serverMessages, locale, key, params);
}

/** The reason phrases used as the title of `about:blank` problems (RFC 9457 §4.2.1). */
const REASON: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Content Too Large',
  409: 'Conflict',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface ProblemInit {
  readonly status: ContentfulStatusCode;
  /** A PROBLEM_TYPES URI; `about:blank` when the status code says it all. */
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  /** A message key the widgets can translate ("feedback.status.notFound"). */
  readonly code?: string;
  readonly errors?: readonly ProblemFieldError[];
  readonly headers?: Readonly<Record<string, string>>;
}

/** The Problem Details document (RFC 9457) for an init, as it goes on the wire. */
export function problemBody(init: ProblemInit): Problem & { status: number } {
  const type = init.type ?? 'about:blank';
  return {
    type,
    title: init.title ?? REASON[init.status] ?? 'Error',
    status: init.status,
    ...(init.detail !== undefined ? { detail: init.detail } : {}),
    ...(init.code !== undefined ? { code: init.code } : {}),
    ...(init.errors !== undefined ? { errors: [...init.errors] } : {}),
  };
}

/** Answers with a problem: `application/problem+json`, never cached, in the reader's language. */
export function problem(c: Context<AppEnv>, init: ProblemInit): Response {
  const locale = c.get('locale') ?? 'fi';
  return c.body(JSON.stringify(problemBody(init)), init.status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Language': locale,
    'Cache-Control': 'no-store',
    ...init.headers,
  });
}

/** Field errors of core's issuesToFieldErrors, with a translated `detail` each. */
export function translateFieldErrors(errors: readonly FieldError[], locale: Locale): ProblemFieldError[] {
  return errors.map((e) => ({
    pointer: e.pointer,
    code: e.code,
    detail: t(locale, e.code, e.params),
    ...(e.params && Object.keys(e.params).length > 0 ? { params: { ...e.params } } : {}),
  }));
}
