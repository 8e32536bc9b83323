import { PROBLEM_TYPES, type StaffUser } from '@kohtaamo/core';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import type { AppEnv } from '../../http/app-env.js';
import { problem, t } from '../../http/problem.js';
import { principalFor, SESSION_COOKIE, staffView, type Principal } from './credentials.js';
import { allows, type GrantNeed } from './grants.js';

/**
 * Route policies: every staff route says who may call it, in a table the app can enumerate
 * (`"GET /api/v1/staff/feedback/{id}"` → policy, the path as in the OpenAPI document). The
 * platform puts one guard in front of each route from the table before any module's handler
 * runs; the guard authenticates and asks `allows` (grants.ts), the one grant check. A module
 * gives its table through `DomainModule.policies` (module.ts); a route under a staff path with
 * no policy stops the server at start-up (checkPolicies). ADR 0015.
 */

/** Which scope a request is about. */
export type ScopeRule =
  /** None: any grant in the domain will do; the route filters what it answers by the caller's scopes. */
  | 'any'
  /** Only a grant of the whole domain ("*"). */
  | 'all'
  /** The value of a path parameter. */
  | { readonly param: string }
  /** The value of a query parameter when given; otherwise as 'any'. */
  | { readonly query: string }
  /** The scope of the item the request names, looked up before the handler runs (null: no such item; the handler answers 404). */
  | { readonly item: (c: Context<AppEnv>) => Promise<string | null> };

export type RoutePolicy =
  /** Anyone: a route under a staff path that a person calls before signing in (login, accepting an invitation). */
  | { readonly access: 'public'; readonly why: string }
  /** Any person with a valid credential, whatever their grants (who am I, sign out). */
  | { readonly access: 'signed-in' }
  | {
      readonly access: 'grant';
      /** The domain ("feedback"), or "*" for the role in any domain. */
      readonly domain: string;
      readonly roles: readonly string[];
      /** A fixed organisation ("city") or the path parameter naming it. */
      readonly organisation: string | { readonly param: string };
      readonly scope: ScopeRule;
      /** The message code of the 403 (default "staff.forbidden.grant"). */
      readonly refusal?: 'staff.forbidden.grant' | 'staff.forbidden.role' | 'staff.forbidden.category';
    };

/** "METHOD /path/{param}" → policy. */
export type PolicyTable = Readonly<Record<string, RoutePolicy>>;

/** The context of a staff route: the app's, plus who is calling. */
export interface StaffEnv {
  Variables: AppEnv['Variables'] & {
    principal: Principal;
    /** The caller as the API shows them (0.1 fields derived from grants). */
    staff: StaffUser;
  };
}

/** Paths under which every route must declare a policy. */
export const STAFF_PATH_PREFIXES = ['/api/v1/staff', '/api/v1/organisations'] as const;

const REALM = 'kohtaamo-staff';

/** 401 with the Bearer challenge (RFC 6750 §3): `error="invalid_token"` when a credential was given. */
export function unauthorized(c: Context, credentialGiven: boolean): Response {
  const locale = c.get('locale');
  return problem(c as Context<AppEnv>, {
    status: 401,
    type: PROBLEM_TYPES.unauthorized,
    title: t(locale, 'staff.auth.required'),
    detail: t(locale, credentialGiven ? 'staff.auth.invalid' : 'staff.auth.required'),
    code: credentialGiven ? 'staff.auth.invalid' : 'staff.auth.required',
    headers: { 'WWW-Authenticate': credentialGiven ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"` },
  });
}

/** 403: signed in, but not allowed this. */
export function forbidden(c: Context, code: string): Response {
  const locale = c.get('locale');
  return problem(c as Context<AppEnv>, { status: 403, type: PROBLEM_TYPES.forbidden, title: t(locale, code), detail: t(locale, code), code });
}

/** The token of `Authorization: Bearer <token>` (RFC 6750 §2.1), or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

export interface GuardDeps {
  readonly db: Kysely<Database>;
  readonly clock: () => Date;
}

/**
 * Who is calling: the bearer token if an Authorization header is sent (a malformed one is a
 * bad credential, never a fall-back to the cookie), else the session cookie. `given` says
 * whether a credential was presented at all.
 */
export async function authenticate(c: Context, deps: GuardDeps): Promise<{ principal: Principal | null; given: boolean }> {
  const header = c.req.header('Authorization');
  if (header !== undefined && header.trim() !== '') {
    const token = bearerToken(header);
    return { principal: token === null ? null : await principalFor(deps.db, token, deps.clock()), given: true };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) return { principal: await principalFor(deps.db, cookie, deps.clock()), given: true };
  return { principal: null, given: false };
}

/** The grant a request needs under a policy, or null when the request cannot name one. */
async function needOf(c: Context<AppEnv>, policy: Extract<RoutePolicy, { access: 'grant' }>): Promise<GrantNeed> {
  const organisation = typeof policy.organisation === 'string' ? policy.organisation : (c.req.param(policy.organisation.param) ?? '');
  let scope: string | undefined;
  const rule = policy.scope;
  if (rule === 'all') scope = '*';
  else if (rule === 'any') scope = undefined;
  else if ('param' in rule) scope = c.req.param(rule.param) ?? '';
  else if ('query' in rule) scope = c.req.query(rule.query) || undefined;
  else scope = (await rule.item(c)) ?? undefined;
  return { domain: policy.domain, roles: policy.roles, organisation, ...(scope !== undefined ? { scope } : {}) };
}

/** The guard of one route: authenticates, then checks the policy with `allows`. */
export function guard(policy: RoutePolicy, deps: GuardDeps): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    // OPTIONS carries no credentials (a CORS preflight never does): it only learns the methods.
    if (policy.access === 'public' || c.req.method === 'OPTIONS') return next();
    const { principal, given } = await authenticate(c, deps);
    if (principal === null) return unauthorized(c, given);
    c.set('principal', principal);
    c.set('staff', staffView(principal.person, principal.grants, principal.organisation));
    c.header('Cache-Control', 'no-store');
    if (policy.access === 'grant') {
      const need = await needOf(c as unknown as Context<AppEnv>, policy);
      if (!allows(principal.grants, need)) return forbidden(c, policy.refusal ?? 'staff.forbidden.grant');
    }
    await next();
  };
}

/** "/api/v1/x/{id}" → "/api/v1/x/:id" */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');
/** "/api/v1/x/:id" → "/api/v1/x/{id}" (a Hono pattern's regex part is dropped) */
export const openApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');

function splitKey(key: string): { method: string; path: string } {
  const match = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(key);
  if (!match) throw new Error(`Invalid policy key "${key}": use "METHOD /path/{param}"`);
  return { method: match[1]!, path: match[2]! };
}

/** Puts the guard of every policy in front of its route (call before mounting the routes). */
export function applyPolicies(app: Hono<AppEnv>, table: PolicyTable, deps: GuardDeps): void {
  for (const [key, policy] of Object.entries(table)) {
    const { method, path } = splitKey(key);
    app.on(method, honoPath(path), guard(policy, deps) as unknown as MiddlewareHandler<AppEnv>);
  }
}

const underStaffPath = (path: string) => STAFF_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * Checks a route table against a policy table: every route under a staff path has a policy,
 * and every policy names a route that exists. Throws naming each mistake.
 */
export function checkPolicies(owner: string, routes: Hono<AppEnv> | Hono<StaffEnv>, table: PolicyTable): void {
  const problems: string[] = [];
  const served = new Set(routes.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${openApiPath(r.path)}`));
  for (const key of served) {
    const path = key.slice(key.indexOf(' ') + 1);
    if (underStaffPath(path) && !(key in table)) problems.push(`${owner}: ${key} has no policy`);
  }
  for (const key of Object.keys(table)) {
    splitKey(key);
    if (!served.has(key)) problems.push(`${owner}: policy for ${key}, which is no route of ${owner}`);
  }
  if (problems.length > 0) throw new Error(`Route policies:\n  ${problems.join('\n  ')}`);
}

/** Every policy of an app, by route key, and whose it is (tests enumerate this). */
const tables = new WeakMap<object, ReadonlyMap<string, { readonly owner: string; readonly policy: RoutePolicy }>>();
export function recordPolicies(app: object, policies: ReadonlyMap<string, { readonly owner: string; readonly policy: RoutePolicy }>): void {
  tables.set(app, policies);
}
export function policiesOf(app: object): ReadonlyMap<string, { readonly owner: string; readonly policy: RoutePolicy }> {
  return tables.get(app) ?? new Map();
}
