import ky, { HTTPError, type KyInstance } from 'ky';
import type * as v from 'valibot';
import { ContractError, NetworkError, ProblemError } from './errors.js';
import { parseProblem, PROBLEM_CONTENT_TYPE } from './problem.schema.js';

/**
 * The credentials an element holds for its API: a bearer token, read at each request (so a
 * sign-in or sign-out takes effect at once). `null` or `""`: none.
 */
export type Credentials = () => string | null | undefined;

export interface HttpOptions {
  /** Base URL of the Kohtaamo server ("https://osallistu.heinola.fi"); "" means this page's origin. */
  readonly baseUrl?: string;
  /** A fetch to use instead of the global one (tests, service workers). */
  readonly fetch?: typeof fetch;
  /** Milliseconds before one attempt counts as failed (a NetworkError). Default 15 000. */
  readonly timeout?: number;
  /**
   * The bearer token, sent as `Authorization` only to the API's own origin (the origin of
   * `baseUrl`): never to another host a URL may point at.
   */
  readonly credentials?: Credentials;
  /**
   * How many times an idempotent request (GET, HEAD, PUT, DELETE) is sent again after no answer,
   * a timeout, a 408, 429 or 5xx. Default 2. Writes that are not idempotent (POST) are never
   * retried here: the submission store retries them itself, under an Idempotency-Key.
   */
  readonly retries?: number;
  /**
   * The longest Retry-After (ms) a retry waits for; a server asking for longer gets its answer
   * passed on as a ProblemError with `retryAfter` instead. Default 10 000.
   */
  readonly maxRetryAfter?: number;
}

export type ApiClientOptions = HttpOptions;

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
  /** `path` is an API path ("/api/v1/…") joined to the base URL, or an absolute URL. */
  request<S extends v.GenericSchema>(path: string, schema: S, options?: RequestOptions): Promise<v.InferOutput<S>>;
  /** The same, for an answer that is not JSON (a staff photo): its bytes as a Blob. */
  blob(path: string, options?: RequestOptions): Promise<Blob>;
}

/** Joins the base URL and an absolute API path: ("https://x.fi/", "/api") → "https://x.fi/api". */
export function joinUrl(baseUrl: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
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
    const problem = parseProblem(await response.json().catch(() => null));
    if (problem) return new ProblemError(problem, response.status, retryAfter);
  }
  return new ProblemError({ type: 'about:blank', title: response.statusText, status: response.status }, response.status, retryAfter);
}

/** The origin requests with credentials may go to: the base URL's, or the page's for "". */
function apiOrigin(baseUrl: string): string | null {
  try {
    const page = (globalThis as { location?: { href?: string } }).location?.href;
    return new URL(baseUrl || '/', page).origin;
  } catch {
    return null;
  }
}

/**
 * The one way an element (or a script) reaches the Kohtaamo API. ky does the transport work:
 * a timeout per attempt, retries of idempotent requests on no answer, 408, 429 and 5xx with
 * exponential backoff and jitter, honouring Retry-After (up to `maxRetryAfter`), and a
 * beforeRequest hook that adds the bearer token only to requests to the API's own origin.
 * Every failure becomes a NetworkError, a ProblemError (with the server's problem document and
 * Retry-After) or a ContractError; an AbortError passes through as is.
 */
export function createApiClient(options: ApiClientOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? '';
  const origin = apiOrigin(baseUrl);
  const maxRetryAfter = options.maxRetryAfter ?? 10_000;
  const client: KyInstance = ky.create({
    timeout: options.timeout ?? 15_000,
    throwHttpErrors: true,
    retry: {
      limit: options.retries ?? 2,
      methods: ['get', 'head', 'put', 'delete', 'options'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      retryOnTimeout: true,
      backoffLimit: 5_000,
      jitter: (delay) => delay * (0.8 + Math.random() * 0.2),
      // A server asking to wait longer than a person waits for a list: give its answer back.
      shouldRetry: ({ error }) => {
        if (error instanceof HTTPError) {
          const after = parseRetryAfter(error.response.headers.get('retry-after'));
          if (after !== null && after * 1000 > maxRetryAfter) return false;
        }
        return undefined;
      },
    },
    hooks: {
      beforeRequest: [
        (request) => {
          const token = options.credentials?.();
          if (!token) return;
          if (origin !== null && new URL(request.url).origin === origin) request.headers.set('Authorization', `Bearer ${token}`);
          else request.headers.delete('Authorization');
        },
      ],
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  async function send(path: string, req: RequestOptions, accept: string): Promise<Response> {
    try {
      return await client(joinUrl(baseUrl, path), {
        method: req.method ?? 'GET',
        headers: { accept, ...req.headers },
        ...(req.json !== undefined ? { json: req.json } : {}),
        ...(req.body !== undefined ? { body: req.body as Blob } : {}),
        ...(req.searchParams ? { searchParams: { ...req.searchParams } } : {}),
        ...(req.signal ? { signal: req.signal } : {}),
      });
    } catch (error) {
      if (error instanceof HTTPError) throw await problemOf(error.response);
      if (error instanceof Error && error.name === 'AbortError') throw error;
      if (req.signal?.aborted) throw req.signal.reason instanceof Error ? req.signal.reason : error;
      throw new NetworkError(error instanceof Error ? error.message : 'Network request failed', error);
    }
  }

  return {
    async request(path, schema, req = {}) {
      const response = await send(path, req, `application/json, ${PROBLEM_CONTENT_TYPE}`);
      const body: unknown = await response.json().catch(() => undefined);
      // Through the schema's Standard Schema interface (valibot implements it), so this client,
      // which every widget loads first, carries no valibot code of its own (docs/adr/0061).
      const result = await schema['~standard'].validate(body);
      if (result.issues) throw new ContractError(`Unexpected answer from ${path}`, result.issues);
      return result.value;
    },
    async blob(path, req = {}) {
      const response = await send(path, req, `*/*`);
      return response.blob();
    },
  };
}

/** The same client as `createApiClient` (the older name). */
export const createHttpClient = createApiClient;
