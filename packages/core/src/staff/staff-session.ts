import * as v from 'valibot';
import { joinUrl, type HttpClient } from '../http/http.js';
import { STAFF_IDENTITY_PATHS } from './staff-paths.js';

/**
 * How a staff console signs in through the city's OpenID Connect provider
 * (docs/staff-sign-in.md, "What a console does"): a top-level navigation to the server's login
 * with this page as `return_to`; the server sends the browser back with a one-time code in the
 * fragment (`#kohtaamo-sign-in=<code>`), which the console takes out of the address and
 * exchanges, once and within two minutes, for a session token.
 */
export const SIGN_IN_FRAGMENT = 'kohtaamo-sign-in';

/** The session token a sign-in code was exchanged for. */
export const StaffSessionSchema = v.object({ token: v.pipe(v.string(), v.minLength(1)), expiresAt: v.string() });
export type StaffSession = v.InferOutput<typeof StaffSessionSchema>;

/** The address of the city-account sign-in, coming back to `returnTo` (this page, fragment dropped). */
export function cityLoginUrl(baseUrl: string, returnTo: string): string {
  const back = new URL(returnTo);
  back.hash = '';
  const url = new URL(joinUrl(baseUrl, STAFF_IDENTITY_PATHS.login), back);
  url.searchParams.set('return_to', back.href);
  return url.href;
}

/**
 * The sign-in code in a location's fragment, or null. The fragment may hold other parameters
 * (`#a=1&kohtaamo-sign-in=…`): only ours is read.
 */
export function signInCodeOf(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(SIGN_IN_FRAGMENT);
  return code && code.length <= 200 ? code : null;
}

/** The fragment without the sign-in code ("" when nothing else was there). */
export function withoutSignInCode(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has(SIGN_IN_FRAGMENT)) return hash;
  params.delete(SIGN_IN_FRAGMENT);
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

/** Exchanges a one-time sign-in code for a session token (POST /api/v1/staff/auth/session). */
export function exchangeSignInCode(http: HttpClient, code: string, signal?: AbortSignal): Promise<StaffSession> {
  return http.request(STAFF_IDENTITY_PATHS.session, StaffSessionSchema, { method: 'POST', json: { code }, ...(signal ? { signal } : {}) });
}
