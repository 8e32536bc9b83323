import { ConfigError } from '../../config.js';
import { readWhole } from '../platform.config.js';
import { parseGroupGrants, type GroupGrants } from './oidc.mapping.js';

/**
 * Staff sign-in settings (README, "Staff sign-in"; docs/staff-sign-in.md). Everything a
 * credential gives expires by default: an admin-issued token after KOHTAAMO_STAFF_TOKEN_DAYS
 * (90), a sign-in session after KOHTAAMO_STAFF_SESSION_HOURS (8), an invitation link after
 * KOHTAAMO_INVITATION_DAYS (7).
 */
export interface AuthConfig {
  readonly tokenDays: number;
  readonly sessionHours: number;
  readonly invitationDays: number;
  /** Where an invitation link leads (KOHTAAMO_STAFF_CONSOLE_URL): the staff console page; `?invitation=<token>` is added. */
  readonly consoleUrl: string | null;
  /** The city's OpenID Connect provider; null = sign-in through it is off (tokens only). */
  readonly oidc: OidcConfig | null;
}

export interface OidcConfig {
  /** KOHTAAMO_OIDC_ISSUER: the provider's issuer URL (discovery at /.well-known/openid-configuration). */
  readonly issuer: string;
  /** KOHTAAMO_OIDC_CLIENT_ID */
  readonly clientId: string;
  /** KOHTAAMO_OIDC_CLIENT_SECRET; none = a public client (PKCE alone). */
  readonly clientSecret: string | null;
  /** KOHTAAMO_OIDC_REDIRECT_URI; by default <KOHTAAMO_PUBLIC_URL>/api/v1/staff/auth/callback. */
  readonly redirectUri: string;
  /** KOHTAAMO_OIDC_SCOPES, space-separated ("openid email profile"). */
  readonly scopes: string;
  /** KOHTAAMO_OIDC_GROUPS_CLAIM: the claim listing the person's groups ("groups"). */
  readonly groupsClaim: string;
  /** KOHTAAMO_OIDC_GRANTS: which group gives which grants (JSON, see oidc.mapping.ts). */
  readonly groupGrants: GroupGrants;
}

export const AUTH_DEFAULTS: AuthConfig = { tokenDays: 90, sessionHours: 8, invitationDays: 7, consoleUrl: null, oidc: null };

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

export function loadAuthConfig(env: Readonly<Record<string, string | undefined>>, publicUrl: string | null): AuthConfig {
  const problems: string[] = [];
  const tokenDays = readWhole(env, 'KOHTAAMO_STAFF_TOKEN_DAYS', 1, 3650, problems) ?? AUTH_DEFAULTS.tokenDays;
  const sessionHours = readWhole(env, 'KOHTAAMO_STAFF_SESSION_HOURS', 1, 720, problems) ?? AUTH_DEFAULTS.sessionHours;
  const invitationDays = readWhole(env, 'KOHTAAMO_INVITATION_DAYS', 1, 60, problems) ?? AUTH_DEFAULTS.invitationDays;
  const consoleUrl = blank(env.KOHTAAMO_STAFF_CONSOLE_URL) ? null : env.KOHTAAMO_STAFF_CONSOLE_URL!.trim();
  if (consoleUrl !== null && !URL.canParse(consoleUrl)) problems.push('KOHTAAMO_STAFF_CONSOLE_URL: not a URL');
  let oidc: OidcConfig | null = null;
  if (!blank(env.KOHTAAMO_OIDC_ISSUER)) {
    const issuer = env.KOHTAAMO_OIDC_ISSUER!.trim();
    if (!URL.canParse(issuer)) problems.push('KOHTAAMO_OIDC_ISSUER: not a URL');
    const clientId = env.KOHTAAMO_OIDC_CLIENT_ID?.trim() ?? '';
    if (!clientId) problems.push('KOHTAAMO_OIDC_CLIENT_ID: required with KOHTAAMO_OIDC_ISSUER');
    let redirectUri = env.KOHTAAMO_OIDC_REDIRECT_URI?.trim() ?? '';
    if (!redirectUri) {
      if (publicUrl === null) problems.push('KOHTAAMO_OIDC_REDIRECT_URI: required with KOHTAAMO_OIDC_ISSUER when KOHTAAMO_PUBLIC_URL is not set');
      else redirectUri = `${publicUrl.replace(/\/+$/, '')}/api/v1/staff/auth/callback`;
    } else if (!URL.canParse(redirectUri)) problems.push('KOHTAAMO_OIDC_REDIRECT_URI: not a URL');
    let groupGrants: GroupGrants = {};
    try {
      groupGrants = parseGroupGrants(env.KOHTAAMO_OIDC_GRANTS ?? '{}');
    } catch (error) {
      problems.push(`KOHTAAMO_OIDC_GRANTS: ${error instanceof Error ? error.message : String(error)}`);
    }
    oidc = {
      issuer,
      clientId,
      clientSecret: blank(env.KOHTAAMO_OIDC_CLIENT_SECRET) ? null : env.KOHTAAMO_OIDC_CLIENT_SECRET!,
      redirectUri,
      scopes: blank(env.KOHTAAMO_OIDC_SCOPES) ? 'openid email profile' : env.KOHTAAMO_OIDC_SCOPES!.trim(),
      groupsClaim: blank(env.KOHTAAMO_OIDC_GROUPS_CLAIM) ? 'groups' : env.KOHTAAMO_OIDC_GROUPS_CLAIM!.trim(),
      groupGrants,
    };
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return { tokenDays, sessionHours, invitationDays, consoleUrl, oidc };
}
