import {
  AcceptInvitationSchema,
  InvitationInputSchema,
  OrganisationIdSchema,
  PROBLEM_TYPES,
  STAFF_IDENTITY_PATHS,
  type Locale,
} from '@kohtaamo/core';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import * as v from 'valibot';
import type { Database } from '../../db/database.types.js';
import type { AppEnv } from '../../http/app-env.js';
import type { Logger } from '../../http/health.routes.js';
import { problem, t } from '../../http/problem.js';
import { jsonBody, pathParams } from '../../http/validation.js';
import type { AuthConfig } from '../auth/auth.config.js';
import { issueCredential, principalFor, revokeCredential, SESSION_COOKIE, staffView } from '../auth/credentials.js';
import { grantsOf, syncGrants } from '../auth/grants.js';
import { acceptInvitation, createInvitation, openInvitations } from '../auth/invitations.js';
import { createOidcClient } from '../auth/oidc.js';
import { grantsForGroups, groupsOf, type MappedGrant } from '../auth/oidc.mapping.js';
import { checkGrant, findOrganisation, GrantError } from '../auth/organisations.js';
import { bearerToken, forbidden, type PolicyTable, type StaffEnv } from '../auth/policy.js';
import type { DomainModule } from '../module.js';
import { newSecret, sha256Hex } from './secrets.js';
import { addPerson, listStaff } from './staff.repository.js';

const ORGANISATION = '/api/v1/organisations/{organisationId}';

/** The staff paths the platform owns; every domain's staff routes live under its own prefixes. */
export const PLATFORM_STAFF_PATHS = [STAFF_IDENTITY_PATHS.me, STAFF_IDENTITY_PATHS.users, '/api/v1/staff/auth', '/api/v1/staff/invitations', '/api/v1/organisations'] as const;

/** Who may call each of the platform's staff routes (the guard runs before them; ADR 0015). */
export const PLATFORM_POLICIES: PolicyTable = {
  [`GET ${STAFF_IDENTITY_PATHS.me}`]: { access: 'signed-in' },
  [`GET ${STAFF_IDENTITY_PATHS.users}`]: { access: 'grant', domain: 'platform', roles: ['admin'], organisation: 'city', scope: 'all', refusal: 'staff.forbidden.role' },
  [`GET ${STAFF_IDENTITY_PATHS.login}`]: { access: 'public', why: 'starts a sign-in at the city’s provider' },
  [`GET ${STAFF_IDENTITY_PATHS.callback}`]: { access: 'public', why: 'the provider’s redirect; state, PKCE and nonce are the checks' },
  [`POST ${STAFF_IDENTITY_PATHS.session}`]: { access: 'public', why: 'the one-time hand-off code is the credential' },
  [`POST ${STAFF_IDENTITY_PATHS.logout}`]: { access: 'signed-in' },
  [`POST ${STAFF_IDENTITY_PATHS.acceptInvitation}`]: { access: 'public', why: 'the invitation token is the credential' },
  // An organisation's coordinator (of any domain) manages their own organisation; the city's administrator every one.
  [`GET ${ORGANISATION}`]: { access: 'grant', domain: '*', roles: ['coordinator'], organisation: { param: 'organisationId' }, scope: 'any' },
  [`POST ${ORGANISATION}/invitations`]: { access: 'grant', domain: '*', roles: ['coordinator'], organisation: { param: 'organisationId' }, scope: 'any' },
};

export interface PlatformStaffDeps {
  readonly db: Kysely<Database>;
  readonly clock: () => Date;
  readonly auth: AuthConfig;
  readonly modules: readonly DomainModule[];
  readonly cityName: string;
  readonly publicUrl: string | null;
  /** Origins allowed to embed the console (KOHTAAMO_ORIGINS): where a sign-in may return to. */
  readonly origins: readonly string[];
  readonly logger: Logger;
}

/** How long a sign-in at the provider may take, and how long its hand-off code lives. */
const SIGN_IN_MINUTES = 10;
const HANDOFF_SECONDS = 120;

function signInProblem(c: Context, status: 400 | 403 | 404, code: string): Response {
  const locale = c.get('locale') as Locale;
  return problem(c as Context<AppEnv>, { status, type: status === 403 ? PROBLEM_TYPES.forbidden : 'about:blank', title: t(locale, code), detail: t(locale, code), code });
}

/**
 * The platform's staff routes: who am I, staff list, sign-in through the city's OpenID Connect
 * provider (login, callback, hand-off, logout), invitations, and an organisation's page.
 */
export function platformStaffRoutes(deps: PlatformStaffDeps): Hono<StaffEnv> {
  const { db, clock, auth } = deps;
  const app = new Hono<StaffEnv>();
  const oidc = auth.oidc ? createOidcClient(auth.oidc) : null;
  const secureCookie = (auth.oidc?.redirectUri ?? deps.publicUrl ?? '').startsWith('https:');
  const ownOrigin = (() => {
    const base = auth.oidc?.redirectUri ?? deps.publicUrl;
    return base ? new URL(base).origin : null;
  })();
  const consoleUrl = auth.consoleUrl ?? (deps.publicUrl ? `${deps.publicUrl.replace(/\/+$/, '')}/staff.html` : 'http://localhost/staff.html');

  app.get(STAFF_IDENTITY_PATHS.me, (c) => {
    const principal = c.get('principal');
    return c.json({ ...staffView(principal.person, principal.grants, principal.organisation), credential: principal.credential });
  });

  app.get(STAFF_IDENTITY_PATHS.users, async (c) => {
    // The city's own people (whom city work can be assigned to); an association's are on its page.
    const items = (await listStaff(db, { organisation: 'city' })).filter((s) => !s.disabled).map(({ disabled: _d, organisationId: _o, ...s }) => s);
    return c.json({ items });
  });

  // --- Sign-in through the city's OpenID Connect provider (docs/staff-sign-in.md) ---

  app.get(STAFF_IDENTITY_PATHS.login, async (c) => {
    if (oidc === null) return signInProblem(c, 404, 'staff.signIn.notConfigured');
    const returnTo = c.req.query('return_to') ?? null;
    if (returnTo !== null) {
      const origin = URL.canParse(returnTo) ? new URL(returnTo).origin : null;
      if (origin === null || !(origin === ownOrigin || deps.origins.includes(origin))) {
        return problem(c as unknown as Context<AppEnv>, {
          status: 400,
          type: PROBLEM_TYPES.validation,
          title: t(c.get('locale'), 'problem.validation.title'),
          detail: t(c.get('locale'), 'problem.validation.detail'),
          errors: [{ pointer: '#/return_to', code: 'common.invalid', detail: t(c.get('locale'), 'common.invalid') }],
        });
      }
    }
    const started = await oidc.start();
    const now = clock();
    await db
      .insertInto('sign_ins')
      .values({
        state: started.state,
        code_verifier: started.codeVerifier,
        nonce: started.nonce,
        return_to: returnTo,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + SIGN_IN_MINUTES * 60_000).toISOString(),
        handoff_hash: null,
        person_id: null,
      })
      .execute();
    await db.deleteFrom('sign_ins').where('expires_at', '<', now.toISOString()).execute();
    c.header('Cache-Control', 'no-store');
    return c.redirect(started.url.href, 302);
  });

  app.get(STAFF_IDENTITY_PATHS.callback, async (c) => {
    if (oidc === null || auth.oidc === null) return signInProblem(c, 404, 'staff.signIn.notConfigured');
    const now = clock();
    const state = c.req.query('state') ?? '';
    // The state is single-use: whoever deletes the row goes on.
    const row = await db.selectFrom('sign_ins').selectAll().where('state', '=', state).where('person_id', 'is', null).executeTakeFirst();
    if (!row || row.expires_at <= now.toISOString()) return signInProblem(c, 400, 'staff.signIn.failed');
    const deleted = await db.deleteFrom('sign_ins').where('state', '=', state).where('person_id', 'is', null).executeTakeFirst();
    if (Number(deleted.numDeletedRows ?? 0n) !== 1) return signInProblem(c, 400, 'staff.signIn.failed');
    let claims: Record<string, unknown>;
    try {
      claims = await oidc.finish(new URL(c.req.url).search, { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier });
    } catch (error) {
      deps.logger.error('Staff sign-in: the provider’s answer was refused', error);
      return signInProblem(c, 400, 'staff.signIn.failed');
    }
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    const email = typeof claims.email === 'string' ? claims.email : '';
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : email;
    const mapped: MappedGrant[] = [];
    for (const grant of grantsForGroups(auth.oidc.groupGrants, groupsOf(claims, auth.oidc.groupsClaim))) {
      try {
        await checkGrant(db, deps.modules, grant);
        mapped.push(grant);
      } catch (error) {
        deps.logger.error(`Staff sign-in: KOHTAAMO_OIDC_GRANTS maps to a grant that cannot be given (${error instanceof Error ? error.message : String(error)})`, '');
      }
    }
    let person = await db.selectFrom('staff_users').selectAll().where('oidc_subject', '=', subject).executeTakeFirst();
    if (!person && email) {
      person = await db.selectFrom('staff_users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
      if (person && person.oidc_subject === null) await db.updateTable('staff_users').set({ oidc_subject: subject }).where('id', '=', person.id).execute();
      else if (person) person = undefined; // that email belongs to another subject: never merge two accounts
    }
    if (!person) {
      if (mapped.length === 0 || !subject || !email) return signInProblem(c, 403, 'staff.signIn.noGrants');
      try {
        person = await addPerson(db, { name, email, oidcSubject: subject }, now);
      } catch (error) {
        deps.logger.error('Staff sign-in: could not add the person', error);
        return signInProblem(c, 400, 'staff.signIn.failed');
      }
    }
    if (person.disabled_at !== null) return signInProblem(c, 403, 'staff.signIn.failed');
    await syncGrants(db, person.id, 'oidc', mapped, now);
    if ((await grantsOf(db, person.id)).length === 0) return signInProblem(c, 403, 'staff.signIn.noGrants');

    const expiresAt = new Date(now.getTime() + auth.sessionHours * 3600_000);
    const session = await issueCredential(db, person.id, 'session', expiresAt, now);
    setCookie(c, SESSION_COOKIE, session, { httpOnly: true, sameSite: 'Lax', secure: secureCookie, path: '/', maxAge: auth.sessionHours * 3600 });
    c.header('Cache-Control', 'no-store');
    if (row.return_to === null) return c.redirect(consoleUrl, 303);
    // An embedded console on another origin gets a one-time code in the fragment (never sent to
    // a server, gone from the address bar once read) to exchange for its own session.
    const handoff = newSecret('kho');
    await db
      .insertInto('sign_ins')
      .values({
        state: `handoff:${sha256Hex(handoff)}`,
        code_verifier: '',
        nonce: '',
        return_to: row.return_to,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + HANDOFF_SECONDS * 1000).toISOString(),
        handoff_hash: sha256Hex(handoff),
        person_id: person.id,
      })
      .execute();
    const target = new URL(row.return_to);
    target.hash = `kohtaamo-sign-in=${handoff}`;
    return c.redirect(target.href, 303);
  });

  app.post(STAFF_IDENTITY_PATHS.session, jsonBody(v.object({ code: v.pipe(v.string('common.required'), v.maxLength(200, 'common.invalid')) })), async (c) => {
    const now = clock();
    const hash = sha256Hex(c.req.valid('json').code);
    const row = await db.selectFrom('sign_ins').select(['person_id', 'expires_at']).where('handoff_hash', '=', hash).executeTakeFirst();
    const deleted = await db.deleteFrom('sign_ins').where('handoff_hash', '=', hash).executeTakeFirst();
    if (!row || row.person_id === null || row.expires_at <= now.toISOString() || Number(deleted.numDeletedRows ?? 0n) !== 1) {
      return signInProblem(c, 400, 'staff.signIn.failed');
    }
    const expiresAt = new Date(now.getTime() + auth.sessionHours * 3600_000);
    const token = await issueCredential(db, row.person_id, 'session', expiresAt, now);
    if ((await principalFor(db, token, now)) === null) return signInProblem(c, 403, 'staff.signIn.failed');
    c.header('Cache-Control', 'no-store');
    return c.json({ token, expiresAt: expiresAt.toISOString() });
  });

  app.post(STAFF_IDENTITY_PATHS.logout, async (c) => {
    const now = clock();
    const bearer = bearerToken(c.req.header('Authorization'));
    const cookie = getCookie(c, SESSION_COOKIE);
    // A session ends here; an admin-issued token is revoked with the admin command.
    if (c.get('principal').credential.kind === 'session') {
      for (const secret of [bearer, cookie]) if (secret) await revokeCredential(db, secret, now);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookie });
    return c.body(null, 204);
  });

  // --- Invitations and organisations ---

  app.post(STAFF_IDENTITY_PATHS.acceptInvitation, jsonBody(AcceptInvitationSchema), async (c) => {
    const body = c.req.valid('json');
    const outcome = await acceptInvitation(db, body.token, body.name, auth.sessionHours, clock());
    if (outcome.kind === 'invalid') return signInProblem(c, 400, 'staff.invitation.invalid');
    c.header('Cache-Control', 'no-store');
    return c.json({ token: outcome.token, expiresAt: outcome.expiresAt, personId: outcome.personId, grant: outcome.grant }, 201);
  });

  const OrgParamSchema = v.object({ organisationId: OrganisationIdSchema });
  const orgPath = ORGANISATION.replace('{organisationId}', ':organisationId');

  app.get(orgPath, pathParams(OrgParamSchema), async (c) => {
    const org = await findOrganisation(db, c.req.valid('param').organisationId);
    if (!org || org.disabled) return signInProblem(c, 404, 'problem.notFound.title');
    const people = await listStaff(db);
    // Members: the organisation's own people, and anyone holding a grant in it.
    const members = people
      .filter((p) => !p.disabled && (p.organisationId === org.id || (p.grants ?? []).some((g) => g.organisation === org.id)))
      .map((p) => ({ id: p.id, name: p.name, email: p.email, grants: (p.grants ?? []).filter((g) => g.organisation === org.id) }));
    return c.json({ organisation: { id: org.id, name: org.name, kind: org.kind }, members, invitations: await openInvitations(db, org.id, clock()) });
  });

  app.post(`${orgPath}/invitations`, pathParams(OrgParamSchema), jsonBody(InvitationInputSchema), async (c) => {
    const org = await findOrganisation(db, c.req.valid('param').organisationId);
    if (!org || org.disabled) return signInProblem(c, 404, 'problem.notFound.title');
    const input = c.req.valid('json');
    const grant = { organisation: org.id, domain: input.domain, role: input.role, scope: input.scope };
    try {
      await checkGrant(db, deps.modules, grant);
    } catch (error) {
      if (!(error instanceof GrantError)) throw error;
      const locale = c.get('locale');
      return problem(c as unknown as Context<AppEnv>, {
        status: 422,
        type: PROBLEM_TYPES.validation,
        title: t(locale, 'problem.validation.title'),
        detail: error.message,
        errors: [{ pointer: '#/role', code: 'staff.invitation.grant', detail: t(locale, 'staff.invitation.grant') }],
      });
    }
    const outcome = await createInvitation(
      db,
      c.get('principal'),
      org,
      { email: input.email, name: input.name, domain: input.domain, role: input.role, scope: input.scope, lang: input.lang },
      { days: auth.invitationDays, sessionHours: auth.sessionHours, consoleUrl, cityName: deps.cityName },
      clock(),
    );
    if (outcome.kind === 'forbidden') return forbidden(c, 'staff.invitation.grant');
    return c.json(outcome.invitation, 201);
  });

  return app;
}
