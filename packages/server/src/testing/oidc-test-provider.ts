import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (`oidc-provider` 8) on loopback, for the staff sign-in tests:
 * one confidential client, accounts with `email`, `name` and `groups` claims, PKCE required.
 * The login page is replaced by an instant sign-in as `signInAs` (what a person would do at
 * the city's provider); consent is pre-agreed for the client, as a city configures its own apps.
 */
export interface TestProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The account the next sign-in becomes. */
  signInAs: string;
  readonly accounts: Map<string, { email: string; name: string; groups: string[] }>;
  close(): Promise<void>;
}

/** Listens on a free loopback port; the handler is given later. */
export async function listenLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

export async function startTestProvider(redirectUri: (issuer: string) => string | Promise<string>): Promise<TestProvider> {
  const http = createServer();
  const port = await listenLoopback(http);
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'kohtaamo';
  const clientSecret = 'test-secret-0123456789abcdef0123456789abcdef';
  const accounts = new Map<string, { email: string; name: string; groups: string[] }>();
  const state = { signInAs: '' };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [await redirectUri(issuer)],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    scopes: ['openid', 'email', 'profile', 'groups'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    pkce: { methods: ['S256'], required: () => true },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: ['kohtaamo-test-provider-cookie-key'] },
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    ttl: { AccessToken: 600, IdToken: 600, AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: account.email, email_verified: true, name: account.name, groups: account.groups }) };
    },
    async loadExistingGrant(ctx: { oidc: { client: { clientId: string }; session: { accountId: string } } }) {
      const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile groups');
      grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups']);
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  http.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      provider.interactionFinished(req, res, { login: { accountId: state.signInAs } }, { mergeWithLastSubmission: false }).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    callback(req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    get signInAs() {
      return state.signInAs;
    },
    set signInAs(value: string) {
      state.signInAs = value;
    },
    accounts,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}

/** What a browser does with cookies on 127.0.0.1 (every port shares them), enough for these flows. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }
  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Follows redirects as a browser would (GET, cookies kept) until a page that is no redirect, or `stopAt` matches. */
export async function browse(url: string, jar: CookieJar, stopAt?: (url: URL) => boolean): Promise<{ response: Response; url: URL; hops: URL[] }> {
  let current = new URL(url);
  const hops: URL[] = [];
  for (let i = 0; i < 15; i += 1) {
    hops.push(current);
    if (stopAt?.(current)) return { response: new Response(null, { status: 299 }), url: current, hops };
    const response = await fetch(current, { redirect: 'manual', headers: jar.header() ? { Cookie: jar.header() } : {} });
    jar.store(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { response, url: current, hops };
    await response.arrayBuffer();
    current = new URL(location, current);
  }
  throw new Error(`too many redirects from ${url}`);
}
