import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createApiClient, ProblemError } from '../http/index.js';
import { cityLoginUrl, exchangeSignInCode, signInCodeOf, withoutSignInCode } from './staff-session.js';

test('the login address comes back to this page without its fragment', () => {
  assert.equal(
    cityLoginUrl('https://osallistu.heinola.fi/', 'https://www.heinola.fi/henkilosto?x=1#kohtaamo-sign-in=old'),
    'https://osallistu.heinola.fi/api/v1/staff/auth/login?return_to=https%3A%2F%2Fwww.heinola.fi%2Fhenkilosto%3Fx%3D1',
  );
  // "" is the page's own origin.
  assert.equal(cityLoginUrl('', 'http://127.0.0.1:8080/staff.html'), 'http://127.0.0.1:8080/api/v1/staff/auth/login?return_to=http%3A%2F%2F127.0.0.1%3A8080%2Fstaff.html');
});

test('the sign-in code is read from the fragment and taken out of it, other parameters kept', () => {
  assert.equal(signInCodeOf('#kohtaamo-sign-in=abc123'), 'abc123');
  assert.equal(signInCodeOf('#tab=2&kohtaamo-sign-in=abc123'), 'abc123');
  assert.equal(signInCodeOf('#tab=2'), null);
  assert.equal(signInCodeOf(''), null);
  assert.equal(signInCodeOf(`#kohtaamo-sign-in=${'x'.repeat(201)}`), null);
  assert.equal(withoutSignInCode('#kohtaamo-sign-in=abc123'), '');
  assert.equal(withoutSignInCode('#tab=2&kohtaamo-sign-in=abc123'), '#tab=2');
  assert.equal(withoutSignInCode('#tab=2'), '#tab=2');
});

test('the code is POSTed once as JSON; the answer is the session, a refusal a ProblemError', async () => {
  const seen: { method?: string; url?: string; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, body });
      const ok = JSON.parse(body).code === 'good';
      res.writeHead(ok ? 200 : 400, { 'content-type': ok ? 'application/json' : 'application/problem+json' });
      res.end(JSON.stringify(ok ? { token: 'kss_1', expiresAt: '2026-12-02T10:00:00.000Z' } : { type: 'about:blank', title: 'x', status: 400, code: 'staff.signIn.failed' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const http = createApiClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  try {
    assert.deepEqual(await exchangeSignInCode(http, 'good'), { token: 'kss_1', expiresAt: '2026-12-02T10:00:00.000Z' });
    await assert.rejects(exchangeSignInCode(http, 'bad'), (error: unknown) => error instanceof ProblemError && error.problem.code === 'staff.signIn.failed');
    assert.deepEqual(
      seen.map((s) => [s.method, s.url, s.body]),
      [
        ['POST', '/api/v1/staff/auth/session', '{"code":"good"}'],
        ['POST', '/api/v1/staff/auth/session', '{"code":"bad"}'],
      ],
    );
  } finally {
    server.close();
  }
});
