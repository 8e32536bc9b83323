import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import * as v from 'valibot';
import { againAfter, BACKOFF_LIMIT, parseRetryAfter } from './attempts.js';
import { ContractError, NetworkError, ProblemError } from './errors.js';
import { createApiClient, prepareWrites } from './http.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on loopback whose answers the test scripts, recording every request. */
async function server(handler: Handler): Promise<{ url: string; seen: IncomingMessage[]; close: () => Promise<void> }> {
  const seen: IncomingMessage[] = [];
  const srv: Server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => srv.close(() => resolve()));
  after(close);
  return { url: `http://127.0.0.1:${port}`, seen, close };
}

const Ok = v.object({ ok: v.literal(true) });
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

test('a GET that meets a 503 with Retry-After is sent again and succeeds', async () => {
  let n = 0;
  const api = await server((_req, res) => (n++ === 0 ? json(res, 503, { type: 'about:blank', status: 503 }, { 'retry-after': '0' }) : json(res, 200, { ok: true })));
  const client = createApiClient({ baseUrl: api.url });
  assert.deepEqual(await client.request('/x', Ok), { ok: true });
  assert.equal(api.seen.length, 2);
});

test('a 429 asking for longer than the client waits is handed back with its Retry-After', async () => {
  const api = await server((_req, res) => json(res, 429, { type: 'about:blank', status: 429, code: 'common.rateLimited' }, { 'retry-after': '120' }));
  const client = createApiClient({ baseUrl: api.url });
  const error = await client.request('/x', Ok).catch((e: unknown) => e);
  assert.ok(error instanceof ProblemError);
  assert.equal(error.status, 429);
  assert.equal(error.retryAfter, 120);
  assert.equal(error.problem.code, 'common.rateLimited');
  assert.equal(api.seen.length, 1);
});

test('a POST is never retried by the client (the submission store retries it under its key)', async () => {
  const api = await server((_req, res) => json(res, 503, { type: 'about:blank', status: 503 }, { 'retry-after': '0' }));
  const client = createApiClient({ baseUrl: api.url });
  const error = await client.request('/x', Ok, { method: 'POST', json: {} }).catch((e: unknown) => e);
  assert.ok(error instanceof ProblemError && error.status === 503);
  assert.equal(api.seen.length, 1);
});

test('a 4xx other than 408/429 is not retried; 422 problems keep their pointers', async () => {
  const api = await server((_req, res) =>
    json(res, 422, { type: 'about:blank', status: 422, errors: [{ pointer: '#/message', code: 'common.tooLong', detail: 'x', params: { max: 5 } }] }),
  );
  const client = createApiClient({ baseUrl: api.url });
  const error = await client.request('/x', Ok).catch((e: unknown) => e);
  assert.ok(error instanceof ProblemError);
  assert.deepEqual(error.problem.errors, [{ pointer: '#/message', code: 'common.tooLong', detail: 'x', params: { max: 5 } }]);
  assert.equal(api.seen.length, 1);
});

test('an answer that never comes times out as a NetworkError, after the retries', async () => {
  const api = await server(() => {
    // Never answers.
  });
  const client = createApiClient({ baseUrl: api.url, timeout: 50, retries: 1 });
  const error = await client.request('/x', Ok).catch((e: unknown) => e);
  assert.ok(error instanceof NetworkError, String(error));
  assert.equal(api.seen.length, 2);
  for (const req of api.seen) req.socket.destroy();
});

test('credentials go to the API origin only, never to another host a URL points at', async () => {
  const api = await server((_req, res) => json(res, 200, { ok: true }));
  const other = await server((_req, res) => json(res, 200, { ok: true }));
  let token: string | null = 'kst_secret';
  const client = createApiClient({ baseUrl: api.url, credentials: () => token });
  await client.request('/x', Ok);
  await client.request(`${other.url}/photo`, Ok);
  await client.request(`${other.url}/photo`, Ok, { headers: { Authorization: 'Bearer kst_secret' } });
  token = null;
  await client.request('/y', Ok);
  assert.equal(api.seen[0]!.headers.authorization, 'Bearer kst_secret');
  assert.equal(other.seen[0]!.headers.authorization, undefined);
  assert.equal(other.seen[1]!.headers.authorization, undefined, 'a token copied into headers by hand is removed too');
  assert.equal(api.seen[1]!.headers.authorization, undefined, 'signed out: no token');
});

test('an aborted request rejects with the AbortError, not a NetworkError', async () => {
  const api = await server(() => {
    // Never answers.
  });
  const client = createApiClient({ baseUrl: api.url });
  const abort = new AbortController();
  const pending = client.request('/x', Ok, { signal: abort.signal });
  await new Promise((r) => setTimeout(r, 20));
  abort.abort();
  const error = await pending.catch((e: unknown) => e);
  assert.equal((error as Error).name, 'AbortError');
  for (const req of api.seen) req.socket.destroy();
});

// Reads (GET, HEAD) go through the client's own fetch loop, writes through ky (docs/adr/0082):
// each rule below is held on both paths, against a real server on loopback.

const never = () => {
  // Never answers.
};

test('one retry policy: backoff, jitter, its limit, the statuses and methods that retry, Retry-After and its cap', () => {
  const limits = { retries: 10, maxRetryAfter: 10_000 };
  const none = () => 0;
  const full = () => 1;
  assert.deepEqual([1, 2, 3, 4, 5, 6].map((n) => againAfter('GET', 'network', n, limits, full)), [300, 600, 1200, 2400, 4800, BACKOFF_LIMIT]);
  assert.deepEqual([1, 2, 3].map((n) => againAfter('GET', 'timeout', n, limits, none)), [240, 480, 960], 'jitter only shortens, by up to 20 %');
  assert.equal(againAfter('GET', 'network', 3, { ...limits, retries: 2 }), null, 'no retries left');
  for (const method of ['POST', 'PATCH']) assert.equal(againAfter(method, 'network', 1, limits), null, `${method} is not idempotent`);
  for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'get']) assert.notEqual(againAfter(method, 'network', 1, limits), null, method);
  for (const status of [408, 429, 500, 502, 503, 504]) assert.notEqual(againAfter('GET', { status, retryAfter: null }, 1, limits), null, String(status));
  for (const status of [400, 401, 403, 404, 409, 413, 422]) assert.equal(againAfter('GET', { status, retryAfter: null }, 1, limits), null, String(status));
  assert.equal(againAfter('GET', { status: 429, retryAfter: 7 }, 1, limits), 7000, 'Retry-After of a 429 is waited for, without jitter');
  assert.equal(againAfter('PUT', { status: 503, retryAfter: 2 }, 2, limits), 2000);
  assert.equal(againAfter('GET', { status: 500, retryAfter: 7 }, 1, limits, full), 300, 'a 500 backs off whatever it says');
  assert.equal(againAfter('GET', { status: 429, retryAfter: 11 }, 1, limits), null, 'longer than maxRetryAfter: handed back');
  assert.equal(parseRetryAfter('120'), 120);
  assert.equal(parseRetryAfter('-3'), 0);
  assert.equal(parseRetryAfter(new Date(Date.now() - 60_000).toUTCString()), 0);
  assert.ok(parseRetryAfter(new Date(Date.now() + 60_000).toUTCString())! >= 58);
  assert.equal(parseRetryAfter('soon'), null);
});

for (const method of ['PUT', 'DELETE'] as const) {
  test(`a ${method} (a write, through ky) that meets a 503 with Retry-After is sent again and succeeds`, async () => {
    let n = 0;
    const api = await server((_req, res) => (n++ === 0 ? json(res, 503, { type: 'about:blank', status: 503 }, { 'retry-after': '0' }) : json(res, 200, { ok: true })));
    const client = createApiClient({ baseUrl: api.url });
    assert.deepEqual(await client.request('/x', Ok, { method, json: { a: 1 } }), { ok: true });
    assert.deepEqual(api.seen.map((r) => r.method), [method, method]);
  });
}

test('a read and a write both give up after `retries` more attempts and hand back the last problem', async () => {
  const api = await server((_req, res) => json(res, 502, { type: 'about:blank', status: 502, title: 'Bad gateway' }, { 'retry-after': '0' }));
  const client = createApiClient({ baseUrl: api.url, retries: 1 });
  const read = await client.request('/x', Ok).catch((e: unknown) => e);
  assert.ok(read instanceof ProblemError && read.status === 502, String(read));
  assert.equal(api.seen.length, 2);
  const write = await client.request('/x', Ok, { method: 'PUT', json: {} }).catch((e: unknown) => e);
  assert.ok(write instanceof ProblemError && write.status === 502, String(write));
  assert.equal(api.seen.length, 4);
});

test('a write asked to wait longer than maxRetryAfter is handed back with its Retry-After, as a read is', async () => {
  const api = await server((_req, res) => json(res, 503, { type: 'about:blank', status: 503, code: 'common.unavailable' }, { 'retry-after': '2' }));
  const client = createApiClient({ baseUrl: api.url, maxRetryAfter: 1_000 });
  for (const method of ['GET', 'PUT'] as const) {
    const error = await client.request('/x', Ok, { method, ...(method === 'PUT' ? { json: {} } : {}) }).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError, `${method}: ${String(error)}`);
    assert.equal(error.retryAfter, 2);
    assert.equal(error.problem.code, 'common.unavailable');
  }
  assert.equal(api.seen.length, 2, 'neither was sent again');
});

test('a write (POST) keeps the problem document and its pointers; a PATCH is not retried either', async () => {
  const api = await server((req, res) =>
    req.method === 'PATCH'
      ? json(res, 500, { type: 'about:blank', status: 500 })
      : json(res, 422, { type: 'about:blank', status: 422, errors: [{ pointer: '#/name', code: 'common.required', detail: 'x' }] }),
  );
  const client = createApiClient({ baseUrl: api.url });
  const error = await client.request('/x', Ok, { method: 'POST', json: {} }).catch((e: unknown) => e);
  assert.ok(error instanceof ProblemError && error.status === 422);
  assert.deepEqual(error.problem.errors, [{ pointer: '#/name', code: 'common.required', detail: 'x' }]);
  const patch = await client.request('/x', Ok, { method: 'PATCH', json: {} }).catch((e: unknown) => e);
  assert.ok(patch instanceof ProblemError && patch.status === 500);
  assert.equal(api.seen.length, 2);
});

test('an error answer that is no problem document still becomes a ProblemError with its status, on both paths', async () => {
  const api = await server((_req, res) => {
    res.writeHead(404, 'Not Found', { 'content-type': 'text/html' });
    res.end('<h1>nope</h1>');
  });
  const client = createApiClient({ baseUrl: api.url });
  for (const method of ['GET', 'POST'] as const) {
    const error = await client.request('/x', Ok, { method, ...(method === 'POST' ? { json: {} } : {}) }).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError, String(error));
    assert.equal(error.status, 404);
    assert.equal(error.problem.type, 'about:blank');
    assert.equal(error.problem.title, 'Not Found');
  }
});

test('an answer the contract does not allow is a ContractError, on both paths, and is not retried', async () => {
  const api = await server((_req, res) => json(res, 200, { ok: 'yes' }));
  const client = createApiClient({ baseUrl: api.url });
  for (const method of ['GET', 'PUT'] as const) {
    const error = await client.request('/x', Ok, { method, ...(method === 'PUT' ? { json: {} } : {}) }).catch((e: unknown) => e);
    assert.ok(error instanceof ContractError, String(error));
    assert.ok(Array.isArray(error.issues) && error.issues.length > 0);
  }
  assert.equal(api.seen.length, 2);
});

test('a write that never gets an answer times out as a NetworkError, after the retries', async () => {
  const api = await server(never);
  const client = createApiClient({ baseUrl: api.url, timeout: 50, retries: 1 });
  const error = await client.request('/x', Ok, { method: 'DELETE' }).catch((e: unknown) => e);
  assert.ok(error instanceof NetworkError, String(error));
  assert.equal(api.seen.length, 2);
  for (const req of api.seen) req.socket.destroy();
});

test('a server that is not there is a NetworkError for a read and a write, the read tried again', async () => {
  const api = await server(never);
  await api.close();
  const client = createApiClient({ baseUrl: api.url, retries: 1 });
  for (const method of ['GET', 'POST'] as const) {
    const error = await client.request('/x', Ok, { method, ...(method === 'POST' ? { json: {} } : {}) }).catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError, `${method}: ${String(error)}`);
  }
});

test('writes send the token to the API origin only, and never an Authorization header to another', async () => {
  const api = await server((_req, res) => json(res, 200, { ok: true }));
  const other = await server((_req, res) => json(res, 200, { ok: true }));
  const client = createApiClient({ baseUrl: api.url, credentials: () => 'kst_secret' });
  await client.request('/x', Ok, { method: 'POST', json: { a: 1 } });
  await client.request(`${other.url}/hook`, Ok, { method: 'POST', json: {}, headers: { Authorization: 'Bearer kst_secret' } });
  const anonymous = createApiClient({ baseUrl: api.url });
  await anonymous.request(`${other.url}/photo`, Ok, { headers: { Authorization: 'Bearer by-hand' } });
  await anonymous.request('/mine', Ok, { headers: { Authorization: 'Bearer by-hand' } });
  assert.equal(api.seen[0]!.headers.authorization, 'Bearer kst_secret');
  assert.equal(api.seen[0]!.headers['content-type'], 'application/json');
  assert.equal(other.seen[0]!.headers.authorization, undefined);
  assert.equal(other.seen[1]!.headers.authorization, undefined, 'not even one set by hand, without credentials');
  assert.equal(api.seen[1]!.headers.authorization, 'Bearer by-hand', 'a header set by hand goes to the API origin');
});

test('the token is sent again on every retried attempt of a read and a write', async () => {
  let n = 0;
  const api = await server((_req, res) => (n++ % 2 === 0 ? json(res, 503, { type: 'about:blank', status: 503 }, { 'retry-after': '0' }) : json(res, 200, { ok: true })));
  const client = createApiClient({ baseUrl: api.url, credentials: () => 'kst_t' });
  await client.request('/x', Ok);
  await client.request('/x', Ok, { method: 'PUT', json: {} });
  assert.deepEqual(api.seen.map((r) => r.headers.authorization), ['Bearer kst_t', 'Bearer kst_t', 'Bearer kst_t', 'Bearer kst_t']);
});

test('an aborted write rejects with the AbortError, not a NetworkError, and is not sent again', async () => {
  const api = await server(never);
  const client = createApiClient({ baseUrl: api.url });
  await prepareWrites();
  const abort = new AbortController();
  const pending = client.request('/x', Ok, { method: 'PUT', json: {}, signal: abort.signal });
  while (api.seen.length === 0) await new Promise((r) => setTimeout(r, 5));
  abort.abort();
  const error = await pending.catch((e: unknown) => e);
  assert.equal((error as Error).name, 'AbortError');
  assert.equal(api.seen.length, 1);
  for (const req of api.seen) req.socket.destroy();
});

test('an abort while a read waits to retry ends the wait with the AbortError', async () => {
  const api = await server((_req, res) => json(res, 503, { type: 'about:blank', status: 503 }, { 'retry-after': '5' }));
  const client = createApiClient({ baseUrl: api.url });
  const abort = new AbortController();
  const pending = client.request('/x', Ok, { signal: abort.signal });
  while (api.seen.length === 0) await new Promise((r) => setTimeout(r, 5));
  abort.abort();
  const error = await pending.catch((e: unknown) => e);
  assert.equal((error as Error).name, 'AbortError');
  assert.equal(api.seen.length, 1, 'the 5 s wait was cut short: no second attempt');
});

test('an aborted signal sends no request at all', async () => {
  const api = await server((_req, res) => json(res, 200, { ok: true }));
  const client = createApiClient({ baseUrl: api.url });
  const error = await client.request('/x', Ok, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
  assert.equal((error as Error).name, 'AbortError');
  assert.equal(api.seen.length, 0);
});

test('blob() reads the same way: retried after a 503, the token to its own origin, the bytes as they came', async () => {
  let n = 0;
  const api = await server((_req, res) => {
    if (n++ === 0) return json(res, 503, { type: 'about:blank', status: 503 }, { 'retry-after': '0' });
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([137, 80, 78, 71]));
  });
  const client = createApiClient({ baseUrl: api.url, credentials: () => 'kst_b' });
  const blob = await client.blob('/photo');
  assert.deepEqual([...new Uint8Array(await blob.arrayBuffer())], [137, 80, 78, 71]);
  assert.equal(blob.type, 'image/png');
  assert.equal(api.seen.length, 2);
  assert.equal(api.seen[1]!.headers.authorization, 'Bearer kst_b');
  assert.equal(api.seen[1]!.headers.accept, '*/*');
});

test('a read sends its query and Accept; HEAD is a read too', async () => {
  const api = await server((req, res) => (req.method === 'HEAD' ? (res.writeHead(204), res.end()) : json(res, 200, { ok: true })));
  const client = createApiClient({ baseUrl: `${api.url}/` });
  await client.request('/api/v1/x?stale=1#frag', Ok, { searchParams: { category: 'roads & streets', page: '2' } });
  await client.request('/api/v1/y', v.unknown(), { method: 'HEAD' });
  assert.equal(api.seen[0]!.url, '/api/v1/x?category=roads+%26+streets&page=2');
  assert.equal(api.seen[0]!.headers.accept, 'application/json, application/problem+json');
  assert.equal(api.seen[1]!.method, 'HEAD');
});
