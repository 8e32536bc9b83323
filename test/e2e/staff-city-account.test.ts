// Staff sign-in with the city's account, in a real browser, as a handler does it: the demo's
// staff page (the built inbox widget) offers "Sign in with the city account" because the
// server has an OpenID Connect provider configured; the link goes through the server's login,
// the provider (a real oidc-provider on loopback, signing the person in at once) and the
// server's callback back to the page with a one-time code, which the inbox takes out of the
// address and exchanges for a session; the handler is signed in with the grants the
// provider's groups map to (docs/staff-sign-in.md).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { startTestProvider, type TestProvider } from '../../packages/server/src/testing/oidc-test-provider.js';
import { launchChromium } from '../support/browser.js';
import { freePort, scratchDatabase, startServer, type RunningServer } from '../support/server-process.js';

let browser: Browser;
let provider: TestProvider;
let server: RunningServer;
let drop: () => Promise<void>;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  const port = await freePort();
  const callback = `http://127.0.0.1:${port}/api/v1/staff/auth/callback`;
  provider = await startTestProvider(() => callback);
  provider.accounts.set('kalle', { email: 'kalle.katu@heinola.example', name: 'Kalle Katu', groups: ['palaute-katu'] });
  provider.signInAs = 'kalle';
  const db = await scratchDatabase('sqlite');
  drop = db.drop;
  server = await startServer({
    ...db.env,
    PORT: String(port),
    KOHTAAMO_OIDC_ISSUER: provider.issuer,
    KOHTAAMO_OIDC_CLIENT_ID: provider.clientId,
    KOHTAAMO_OIDC_CLIENT_SECRET: provider.clientSecret,
    KOHTAAMO_OIDC_REDIRECT_URI: callback,
    KOHTAAMO_OIDC_SCOPES: 'openid email profile groups',
    KOHTAAMO_OIDC_GRANTS: JSON.stringify({ 'palaute-katu': [{ domain: 'feedback', role: 'handler', scope: 'streets' }] }),
  });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
});

after(async () => {
  await page?.close();
  await browser?.close();
  await server?.stop();
  await provider?.close();
  await drop?.();
});

const inboxQuery = (selector: string) => `document.querySelector('kohtaamo-feedback-inbox')?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;

test('a handler signs in to the staff page with the city account and lands in the inbox with their grants', async () => {
  await page.goto(`${server.url}/staff.html`, { waitUntil: 'load' });
  // The page's own token sign-in stays; the city-account link appears once the server says it has a provider.
  await page.waitForFunction(`Boolean(${inboxQuery('#city-account')})`, { timeout: 20_000 });
  const href = (await page.evaluate(`${inboxQuery('#city-account')}.getAttribute('href')`)) as string;
  assert.equal(new URL(href).pathname, '/api/v1/staff/auth/login');
  assert.equal(new URL(href).searchParams.get('return_to'), `${server.url}/staff.html`);

  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.evaluate(`${inboxQuery('#city-account')}.click()`)]);
  // Back on the staff page, signed in: the bar names the person the provider signed in.
  await page.waitForFunction(`(${inboxQuery('.bar')}?.textContent ?? '').includes('Kalle Katu')`, { timeout: 20_000 });
  assert.equal(new URL(page.url()).pathname, '/staff.html');
  assert.equal(new URL(page.url()).hash, '', 'the one-time code is gone from the address');
  const token = (await page.evaluate(`sessionStorage.getItem('kohtaamo-staff-token')`)) as string | null;
  assert.ok(token, 'the session token is kept for this tab');

  // The session carries the grant the provider's group maps to.
  const me = (await (await fetch(`${server.url}/api/v1/staff/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
    name: string;
    credential: { kind: string };
    grants: { domain: string; role: string; scope: string }[];
  };
  assert.equal(me.name, 'Kalle Katu');
  assert.equal(me.credential.kind, 'session');
  assert.deepEqual(
    me.grants.map((g) => [g.domain, g.role, g.scope]),
    [['feedback', 'handler', 'streets']],
  );
  assert.deepEqual(pageErrors, []);
});
