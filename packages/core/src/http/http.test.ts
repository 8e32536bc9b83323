import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import * as v from 'valibot';
import { NetworkError, ProblemError } from './errors.js';
import { createApiClient } from './http.js';

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
