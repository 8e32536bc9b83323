/**
 * Staff sign-in through OpenID Connect, end to end against a real provider on loopback
 * (oidc-provider 8): the login redirect, the provider's sign-in, the code exchange with PKCE,
 * the session cookie, /api/v1/staff/me with the grants the provider's groups map to, the
 * one-time hand-off to an embedded console, and the refusals. SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { STAFF_IDENTITY_PATHS } from '@kohtaamo/core';
import { createApp } from '../../app.js';
import { seedCategories } from '../../feedback/feedback.seed.js';
import { defaultModules } from '../../modules.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { browse, CookieJar, listenLoopback, startTestProvider, type TestProvider } from '../../testing/oidc-test-provider.js';
import { recordingLogger } from '../../testing/test-server.js';
import { AUTH_DEFAULTS } from './auth.config.js';
import { parseGroupGrants } from './oidc.mapping.js';

let database: TestDatabase;
let provider: TestProvider;
const kohtaamoHttp = createServer();
let base: string;
const logger = recordingLogger();
const CONSOLE = 'http://console.example/staff';
const EMBEDDING_ORIGIN = 'http://127.0.0.1:9';

before(async () => {
  database = await createTestDatabase();
  await seedCategories(database.handle.db);
  const port = await listenLoopback(kohtaamoHttp);
  base = `http://127.0.0.1:${port}`;
  const redirectUri = `${base}${STAFF_IDENTITY_PATHS.callback}`;
  provider = await startTestProvider(() => redirectUri);
  provider.accounts.set('kalle', { email: 'Kalle.Katu@heinola.example', name: 'Kalle Katu', groups: ['palaute-katu', 'henkilosto'] });
  provider.accounts.set('aino', { email: 'aino@heinola.example', name: 'Aino Admin', groups: ['kohtaamo-admins'] });
  provider.accounts.set('ulla', { email: 'ulla@heinola.example', name: 'Ulla Ulkopuolinen', groups: ['henkilosto'] });
  const app = createApp({
    db: database.handle,
    config: { origins: [EMBEDDING_ORIGIN] },
    modules: defaultModules(),
    logger,
    auth: {
      ...AUTH_DEFAULTS,
      consoleUrl: CONSOLE,
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUri,
        scopes: 'openid email profile groups',
        groupsClaim: 'groups',
        groupGrants: parseGroupGrants(
          JSON.stringify({
            'kohtaamo-admins': [{ domain: 'platform', role: 'admin' }],
            'palaute-katu': [
              { domain: 'feedback', role: 'handler', scope: 'streets' },
              { domain: 'feedback', role: 'handler', scope: 'parks' },
            ],
          }),
        ),
      },
    },
  });
  kohtaamoHttp.on('request', getRequestListener(app.fetch));
});

after(async () => {
  await provider?.close();
  await new Promise<void>((resolve) => {
    kohtaamoHttp.close(() => resolve());
    kohtaamoHttp.closeAllConnections();
  });
  await database?.cleanup();
});

type Me = { id: string; email: string; name: string; role: string; categories: string[]; grants: { organisation: string; domain: string; scope: string; role: string; source: string }[]; credential: { kind: string; expiresAt: string } };

async function signIn(account: string, returnTo?: string): Promise<{ jar: CookieJar; landed: URL; hops: URL[]; status: number }> {
  provider.signInAs = account;
  const jar = new CookieJar();
  const login = `${base}${STAFF_IDENTITY_PATHS.login}${returnTo ? `?return_to=${encodeURIComponent(returnTo)}` : ''}`;
  const { response, url, hops } = await browse(login, jar, (u) => u.href.startsWith(CONSOLE) || u.origin === EMBEDDING_ORIGIN);
  return { jar, landed: url, hops, status: response.status };
}

const grantKeys = (me: Me) => me.grants.map((g) => `${g.organisation} ${g.domain} ${g.scope} ${g.role} ${g.source}`).sort();

describe(`staff sign-in through OpenID Connect (${process.env.KOHTAAMO_TEST_DB ?? 'sqlite'})`, () => {
  test('login redirects to the provider with PKCE (S256), state and nonce', async () => {
    const response = await fetch(`${base}${STAFF_IDENTITY_PATHS.login}`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.origin, provider.issuer);
    assert.equal(location.searchParams.get('response_type'), 'code');
    assert.equal(location.searchParams.get('code_challenge_method'), 'S256');
    assert.match(location.searchParams.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.ok(location.searchParams.get('state'));
    assert.ok(location.searchParams.get('nonce'));
    assert.equal(location.searchParams.get('redirect_uri'), `${base}${STAFF_IDENTITY_PATHS.callback}`);
  });

  test('a handler signs in: code exchanged, session cookie set, /me answers with the mapped grants', async () => {
    const { jar, landed, hops } = await signIn('kalle');
    assert.ok(hops.some((u) => u.origin === provider.issuer), 'went through the provider');
    assert.ok(hops.some((u) => u.pathname === STAFF_IDENTITY_PATHS.callback && u.searchParams.has('code')), 'came back with a code');
    assert.equal(landed.href, CONSOLE);
    const cookie = jar.get('kohtaamo_staff');
    assert.match(cookie ?? '', /^kss_[A-Za-z0-9_-]{43}$/);
    const response = await fetch(`${base}${STAFF_IDENTITY_PATHS.me}`, { headers: { Cookie: `kohtaamo_staff=${cookie}` } });
    assert.equal(response.status, 200);
    const me = (await response.json()) as Me;
    assert.equal(me.email, 'kalle.katu@heinola.example');
    assert.equal(me.name, 'Kalle Katu');
    assert.deepEqual(grantKeys(me), ['city feedback parks handler oidc', 'city feedback streets handler oidc']);
    // The 0.1 fields the inbox element reads, derived from the grants.
    assert.equal(me.role, 'handler');
    assert.deepEqual(me.categories, ['parks', 'streets']);
    // Sessions expire by default: 8 hours.
    assert.equal(me.credential.kind, 'session');
    const hours = (Date.parse(me.credential.expiresAt) - Date.now()) / 3600_000;
    assert.ok(hours > 7.9 && hours <= 8, `session valid ${hours} h`);
    // The session works on the feedback inbox of his categories, and not on another's.
    assert.equal((await fetch(`${base}/api/v1/staff/feedback?category=streets`, { headers: { Cookie: `kohtaamo_staff=${cookie}` } })).status, 200);
    assert.equal((await fetch(`${base}/api/v1/staff/feedback?category=library`, { headers: { Cookie: `kohtaamo_staff=${cookie}` } })).status, 403);
    // Signing out ends the session.
    const out = await fetch(`${base}${STAFF_IDENTITY_PATHS.logout}`, { method: 'POST', headers: { Cookie: `kohtaamo_staff=${cookie}` } });
    assert.equal(out.status, 204);
    assert.equal((await fetch(`${base}${STAFF_IDENTITY_PATHS.me}`, { headers: { Cookie: `kohtaamo_staff=${cookie}` } })).status, 401);
  });

  test('an administrator’s group gives the city administrator grant', async () => {
    const { jar } = await signIn('aino');
    const me = (await (await fetch(`${base}${STAFF_IDENTITY_PATHS.me}`, { headers: { Cookie: `kohtaamo_staff=${jar.get('kohtaamo_staff')}` } })).json()) as Me;
    assert.deepEqual(grantKeys(me), ['city platform * admin oidc']);
    assert.equal(me.role, 'admin');
  });

  test('grants follow the provider’s groups at each sign-in: a group taken away is a grant revoked', async () => {
    provider.accounts.get('kalle')!.groups = ['henkilosto'];
    const { status } = await signIn('kalle');
    assert.equal(status, 403, 'no grants left: no session');
    provider.accounts.get('kalle')!.groups = ['palaute-katu'];
    const { jar } = await signIn('kalle');
    const me = (await (await fetch(`${base}${STAFF_IDENTITY_PATHS.me}`, { headers: { Cookie: `kohtaamo_staff=${jar.get('kohtaamo_staff')}` } })).json()) as Me;
    assert.equal(me.grants.length, 2);
  });

  test('a person whose groups map to nothing is refused, and nobody is created', async () => {
    const { status, jar } = await signIn('ulla');
    assert.equal(status, 403);
    assert.equal(jar.get('kohtaamo_staff'), undefined);
    const row = await database.handle.db.selectFrom('staff_users').select('id').where('email', '=', 'ulla@heinola.example').executeTakeFirst();
    assert.equal(row, undefined);
  });

  test('an embedded console on an allowed origin gets a one-time code, exchanged once for a session token', async () => {
    const { landed } = await signIn('aino', `${EMBEDDING_ORIGIN}/intranet/palaute.html`);
    assert.equal(`${landed.origin}${landed.pathname}`, `${EMBEDDING_ORIGIN}/intranet/palaute.html`);
    const code = new URLSearchParams(landed.hash.slice(1)).get('kohtaamo-sign-in');
    assert.match(code ?? '', /^kho_/);
    const exchange = () => fetch(`${base}${STAFF_IDENTITY_PATHS.session}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    const first = await exchange();
    assert.equal(first.status, 200);
    const { token } = (await first.json()) as { token: string };
    assert.equal((await fetch(`${base}${STAFF_IDENTITY_PATHS.me}`, { headers: { Authorization: `Bearer ${token}` } })).status, 200);
    assert.equal((await exchange()).status, 400, 'the code works once');
  });

  test('a return_to outside the allowed origins is refused before the provider is asked', async () => {
    const response = await fetch(`${base}${STAFF_IDENTITY_PATHS.login}?return_to=${encodeURIComponent('https://evil.example/x')}`, { redirect: 'manual' });
    assert.equal(response.status, 400);
  });

  test('a callback with an unknown or replayed state is refused', async () => {
    provider.signInAs = 'aino';
    const jar = new CookieJar();
    const { hops } = await browse(`${base}${STAFF_IDENTITY_PATHS.login}`, jar, (u) => u.href.startsWith(CONSOLE));
    const callback = hops.find((u) => u.pathname === STAFF_IDENTITY_PATHS.callback)!;
    const replay = await fetch(callback, { redirect: 'manual' });
    assert.equal(replay.status, 400, 'the state was used');
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged');
    assert.equal((await fetch(forged, { redirect: 'manual' })).status, 400);
  });
});
