import type * as v from 'valibot';
import { againAfter, type Failure, parseRetryAfter, RETRY_METHODS } from './attempts.js';
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
  readonly method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
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

async function problemOf(response: Response): Promise<ProblemError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const type = response.headers.get('content-type') ?? '';
  if (type.includes(PROBLEM_CONTENT_TYPE) || type.includes('application/json')) {
    const problem = parseProblem(await response.json().catch(() => null));
    if (problem) return new ProblemError(problem, response.status, retryAfter);
  }
  return new ProblemError({ type: 'about:blank', title: response.statusText, status: response.status }, response.status, retryAfter);
}

const pageHref = (): string | undefined => (globalThis as { location?: { href?: string } }).location?.href;

/** The origin requests with credentials may go to: the base URL's, or the page's for "". */
function apiOrigin(baseUrl: string): string | null {
  try {
    return new URL(baseUrl || '/', pageHref()).origin;
  } catch {
    return null;
  }
}

/**
 * What the write path (writes.ts, over ky) needs of a client: its settings and its rules, the retry
 * policy included, handed over (not imported by writes.ts) so that the lazy chunk of ky imports
 * nothing from the client's chunk, and a widget that draws without the client may load it too.
 */
export interface Transport {
  readonly timeout: number;
  readonly retries: number;
  readonly maxRetryAfter: number;
  readonly fetch: typeof fetch | undefined;
  readonly methods: readonly string[];
  readonly againAfter: typeof againAfter;
  readonly parseRetryAfter: typeof parseRetryAfter;
  /** Sets the bearer token on a request to the API's origin; removes Authorization for any other. */
  readonly authorize: (headers: Headers, url: string) => void;
}

type Writes = typeof import('./writes.js');
let writes: Promise<Writes> | undefined;

/**
 * Loads the client's write path (ky, a lazy chunk of the bundles) now, so that a person's first
 * send does not wait on a download, nor fail for it when the line drops later. A widget with a
 * form calls it once it has drawn the form. A failed load is tried again at the next call.
 */
export function prepareWrites(): Promise<Writes> {
  writes ??= import('./writes.js').catch((error: unknown) => {
    writes = undefined;
    throw error;
  });
  return writes;
}

const sleep = (ms: number, signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = (): void => {
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });

/**
 * The one way an element (or a script) reaches the Kohtaamo API (docs/adr/0082). Every request
 * has a timeout per attempt; idempotent ones (GET, HEAD, PUT, DELETE) are sent again on no
 * answer, a timeout, a 408, 429 or 5xx, with exponential backoff and jitter, honouring
 * Retry-After up to `maxRetryAfter` (attempts.ts, one policy for both paths); the bearer token
 * goes only to the API's own origin. Reads (GET, HEAD) go through fetch and this file alone, so a
 * widget draws without ky; writes (POST, PUT, PATCH, DELETE, raw bodies) through ky, imported at
 * the first write (or earlier by `prepareWrites`). Every failure becomes a NetworkError, a
 * ProblemError (with the server's problem document and Retry-After) or a ContractError; an
 * AbortError passes through as is.
 */
export function createApiClient(options: ApiClientOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? '';
  const origin = apiOrigin(baseUrl);
  const transport: Transport = {
    timeout: options.timeout ?? 15_000,
    retries: options.retries ?? 2,
    maxRetryAfter: options.maxRetryAfter ?? 10_000,
    fetch: options.fetch,
    methods: RETRY_METHODS,
    againAfter,
    parseRetryAfter,
    authorize(headers, url) {
      const token = options.credentials?.();
      if (origin === null || new URL(url, pageHref()).origin !== origin) headers.delete('Authorization');
      else if (token) headers.set('Authorization', `Bearer ${token}`);
    },
  };

  /** A read: fetch, one attempt after another as attempts.ts says. */
  async function read(url: string, method: string, req: RequestOptions, accept: string): Promise<Response> {
    const target = new URL(url, pageHref());
    if (req.searchParams && Object.keys(req.searchParams).length > 0) target.search = new URLSearchParams({ ...req.searchParams }).toString();
    const user = req.signal;
    for (let retryCount = 1; ; retryCount++) {
      const headers = new Headers({ accept, ...req.headers });
      transport.authorize(headers, target.href);
      const attempt = new AbortController();
      const abort = (): void => attempt.abort(user!.reason);
      user?.addEventListener('abort', abort, { once: true });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attempt.abort();
      }, transport.timeout);
      let response: Response | undefined;
      let failure: Failure;
      let cause: unknown;
      try {
        if (user?.aborted) throw user.reason;
        response = await (transport.fetch ?? fetch)(target.href, { method, headers, signal: attempt.signal });
        // The person's signal still aborts the reading of the body; the timeout (as ky's) does not.
        if (response.ok) return response;
        failure = { status: response.status, retryAfter: parseRetryAfter(response.headers.get('retry-after')) };
      } catch (error) {
        if (user?.aborted) throw user.reason;
        failure = timedOut ? 'timeout' : 'network';
        cause = error;
      } finally {
        clearTimeout(timer);
      }
      user?.removeEventListener('abort', abort);
      const wait = againAfter(method, failure, retryCount, transport);
      if (wait === null) {
        if (response) throw await problemOf(response);
        throw new NetworkError(timedOut ? `Request timed out: ${method} ${target.href}` : cause instanceof Error ? cause.message : 'Network request failed', cause);
      }
      await response?.body?.cancel().catch(() => undefined);
      await sleep(wait, user);
    }
  }

  async function send(path: string, req: RequestOptions, accept: string): Promise<Response> {
    const url = joinUrl(baseUrl, path);
    const method = req.method ?? 'GET';
    try {
      if ((method === 'GET' || method === 'HEAD') && req.json === undefined && req.body === undefined) return await read(url, method, req, accept);
      const { write } = await prepareWrites().catch((error: unknown) => {
        throw new NetworkError('The API client could not load its write path', error);
      });
      return await write(transport, url, method, req, accept);
    } catch (error) {
      if (error instanceof ProblemError || error instanceof NetworkError) throw error;
      if (error instanceof Error && error.name === 'HTTPError') throw await problemOf((error as Error & { response: Response }).response);
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
