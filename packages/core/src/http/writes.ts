import ky from 'ky';
import type { Failure } from './attempts.js';
import type { RequestOptions, Transport } from './http.js';

// The API client's write path (issue 7, docs/adr/0082): ky, a lazy chunk that http.ts imports at
// the first write (or earlier: `prepareWrites`, the widgets' PrepareWrites, ADR 0083), so that no widget's cold
// page carries it. Retries follow attempts.ts, as the reads do: ky asks it through `shouldRetry`
// and waits what it said through `delay`. This file imports nothing at run time but ky: the
// client hands it the policy (Transport), so the chunk loads alone.

/** What an attempt that ky saw fail met, in attempts.ts's terms; null for an abort (never retried). */
function failureOf(error: Error, parseRetryAfter: Transport['parseRetryAfter']): Failure | null {
  if (error.name === 'AbortError') return null;
  if (error.name === 'HTTPError') {
    const { response } = error as Error & { response: Response };
    return { status: response.status, retryAfter: parseRetryAfter(response.headers.get('retry-after')) };
  }
  return error.name === 'TimeoutError' ? 'timeout' : 'network';
}

/** Sends one write through ky; a failure is ky's (HTTPError, TimeoutError, …), read by http.ts. */
export function write(transport: Transport, url: string, method: string, req: RequestOptions, accept: string): Promise<Response> {
  // The delay attempts.ts chose for this request's next attempt (per request: one ky call each).
  let wait = 0;
  return ky(url, {
    method,
    headers: { accept, ...req.headers },
    ...(req.json !== undefined ? { json: req.json } : {}),
    ...(req.body !== undefined ? { body: req.body as Blob } : {}),
    ...(req.searchParams ? { searchParams: { ...req.searchParams } } : {}),
    ...(req.signal ? { signal: req.signal } : {}),
    ...(transport.fetch ? { fetch: transport.fetch } : {}),
    timeout: transport.timeout,
    throwHttpErrors: true,
    retry: {
      limit: transport.retries,
      methods: transport.methods.map((m) => m.toLowerCase()),
      // ky asks here before its own rules, which never run: true with the delay set, or false.
      shouldRetry: ({ error, retryCount }) => {
        const failure = failureOf(error, transport.parseRetryAfter);
        const ms = failure === null ? null : transport.againAfter(method, failure, retryCount, transport);
        if (ms === null) return false;
        wait = ms;
        return true;
      },
      delay: () => wait,
    },
    hooks: { beforeRequest: [(request) => transport.authorize(request.headers, request.url)] },
  });
}
