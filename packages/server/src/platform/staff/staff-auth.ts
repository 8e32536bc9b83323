import { PROBLEM_TYPES, type StaffUser } from '@kohtaamo/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import type { AppEnv } from '../../http/app-env.js';
import { problem, t } from '../../http/problem.js';
import { staffForToken } from './staff.repository.js';

/** The context of a staff route: the app's, plus the signed-in member of staff. */
export interface StaffEnv {
  Variables: AppEnv['Variables'] & { staff: StaffUser };
}

const REALM = 'kohtaamo-staff';

/** 401 with the Bearer challenge (RFC 6750 §3): `error="invalid_token"` when a token was given. */
export function unauthorized(c: Context, tokenGiven: boolean): Response {
  const locale = c.get('locale');
  return problem(c as Context<AppEnv>, {
    status: 401,
    type: PROBLEM_TYPES.unauthorized,
    title: t(locale, 'staff.auth.required'),
    detail: t(locale, tokenGiven ? 'staff.auth.invalid' : 'staff.auth.required'),
    code: tokenGiven ? 'staff.auth.invalid' : 'staff.auth.required',
    headers: {
      'WWW-Authenticate': tokenGiven ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"`,
    },
  });
}

/** 403: signed in, but not allowed this. */
export function forbidden(c: Context, code: 'staff.forbidden.role' | 'staff.forbidden.category' | 'staff.forbidden.assign'): Response {
  const locale = c.get('locale');
  return problem(c as Context<AppEnv>, {
    status: 403,
    type: PROBLEM_TYPES.forbidden,
    title: t(locale, code),
    detail: t(locale, code),
    code,
  });
}

/** The token of `Authorization: Bearer <token>` (RFC 6750 §2.1), or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** Refuses every request without a valid staff token (401); puts the member of staff on the context. */
export function requireStaff(db: Kysely<Database>, clock: () => Date = () => new Date()): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    // OPTIONS carries no credentials (a CORS preflight never does): it only learns the methods.
    if (c.req.method === 'OPTIONS') return next();
    const header = c.req.header('Authorization');
    const token = bearerToken(header);
    const staff = token === null ? null : await staffForToken(db, token, clock());
    if (staff === null) return unauthorized(c, header !== undefined && header.trim() !== '');
    c.set('staff', staff);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** Refuses anyone but an admin (403). Use after requireStaff. */
export function requireAdmin(): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (c.get('staff').role !== 'admin') return forbidden(c, 'staff.forbidden.role');
    await next();
  };
}
