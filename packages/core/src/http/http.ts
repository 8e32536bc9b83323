import ky, { type KyInstance } from 'ky';
import * as v from 'valibot';
import { ContractError, NetworkError, ProblemError } from './errors.js';
import { ProblemSchema, PROBLEM_CONTENT_TYPE } from './problem.schema.js';

export interface HttpOptions {
  /** Base URL of the Kohtaamo server ("https://osallistu.heinola.fi"); "" means this page's origin. */
  readonly baseUrl?: string;
  /** A fetch to use instead of the global one (tests, service workers). */
  readonly fetch?: typeof fetch;
  /** Milliseconds before a request counts as failed. */
  readonly timeout?: number;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly json?: unknown;
  /** A raw body (a photo's bytes) instead of JSON; set its Content-Type in `headers`. */
  readonly body?: Blob | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  readonly searchParams?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/** A thin JSON client: every answer is parsed by the schema the caller names. */
export interface HttpClient {
  request<S extends v.GenericSchema>(path: string, schema: S, options?: RequestOptions): Promise<v.InferOutput<S>>;
}

/** Joins the base URL and an absolute API path: ("https://x.fi/", "/api") → "https://x.fi/api". */
export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function problemOf(response: Response): Promise<ProblemError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const type = response.headers.get('content-type') ?? '';
  if (type.includes(PROBLEM_CONTENT_TYPE) || type.includes('application/json')) {
    const body: unknown = await response.json().catch(() => null);
    const parsed = v.safeParse(ProblemSchema, body);
    if (parsed.success) return new ProblemError(parsed.output, response.status, retryAfter);
  }
  return new ProblemError({ type: 'about:blank', title: response.statusText, status: response.status }, response.status, retryAfter);
}

export function createHttpClient(options: HttpOptions = {}): HttpClient {
  const client: KyInstance = ky.create({
    retry: 0,
    timeout: options.timeout ?? 15_000,
    throwHttpErrors: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const baseUrl = options.baseUrl ?? '';
  return {
    async request(path, schema, req = {}) {
      let response: Response;
      try {
        response = await client(joinUrl(baseUrl, path), {
          method: req.method ?? 'GET',
          headers: { accept: `application/json, ${PROBLEM_CONTENT_TYPE}`, ...req.headers },
          ...(req.json !== undefined ? { json: req.json } : {}),
          ...(req.body !== undefined ? { body: req.body as Blob } : {}),
          ...(req.searchParams ? { searchParams: { ...req.searchParams } } : {}),
          ...(req.signal ? { signal: req.signal } : {}),
        });
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw error;
        throw new NetworkError(error instanceof Error ? error.message : 'Network request failed', error);
      }
      if (!response.ok) throw await problemOf(response);
      const body: unknown = await response.json().catch(() => undefined);
      const parsed = v.safeParse(schema, body);
      if (!parsed.success) throw new ContractError(`Unexpected answer from ${path}`, parsed.issues);
      return parsed.output;
    },
  };
}
