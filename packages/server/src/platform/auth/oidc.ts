import * as client from 'openid-client';
import type { OidcConfig } from './auth.config.js';

/**
 * The city's OpenID Connect provider, through `openid-client` 6 (authorization code with PKCE,
 * S256; state and nonce checked). Discovery runs once, on the first sign-in, and again after a
 * failure. Plain http is allowed for a provider on loopback only (the tests' provider).
 */
export interface OidcClient {
  /** The provider's authorization URL for a new sign-in, and what to keep until the callback. */
  start(): Promise<{ url: URL; state: string; nonce: string; codeVerifier: string }>;
  /** Exchanges the callback's code; returns the ID token's claims merged with the UserInfo answer. */
  finish(callbackQuery: string, checks: { state: string; nonce: string; codeVerifier: string }): Promise<Record<string, unknown>>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | null = null;
  const issuer = new URL(config.issuer);
  const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  const configuration = (): Promise<client.Configuration> => {
    discovered ??= client
      .discovery(
        issuer,
        config.clientId,
        config.clientSecret ?? undefined,
        config.clientSecret === null ? client.None() : client.ClientSecretBasic(config.clientSecret),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };
  return {
    async start() {
      const cfg = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: config.redirectUri,
        scope: config.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, state, nonce, codeVerifier };
    },
    async finish(callbackQuery, checks) {
      const cfg = await configuration();
      // The URL the provider redirected to, as configured (never the request's Host header).
      const current = new URL(config.redirectUri);
      current.search = callbackQuery;
      const tokens = await client.authorizationCodeGrant(cfg, current, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      let userinfo: Record<string, unknown> = {};
      if (cfg.serverMetadata().userinfo_endpoint) userinfo = { ...(await client.fetchUserInfo(cfg, tokens.access_token, claims.sub)) };
      return { ...userinfo, ...claims };
    },
  };
}
