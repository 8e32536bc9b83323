import { CITY_ORGANISATION, type Grant, type Organisation, type OrganisationKind, type StaffCredential, type StaffUser } from '@kohtaamo/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { newSecret, sha256Hex } from '../staff/secrets.js';
import { grantsOf, isCityAdmin, scopesFor } from './grants.js';

/**
 * Credentials: admin-issued tokens ("kst_…", for automation) and sign-in sessions ("kss_…",
 * from the city's OpenID Connect sign-in or an accepted invitation). Both are bearer secrets of
 * 256 bits stored only as their SHA-256, both expire (ADR 0016). A session also travels in the
 * HttpOnly cookie SESSION_COOKIE when the console is served from the API's own site.
 */

export const SESSION_COOKIE = 'kohtaamo_staff';

/** Who is calling: the person, their organisation, their live grants and the credential used. */
export interface Principal {
  readonly person: { readonly id: string; readonly name: string; readonly email: string };
  readonly organisation: Organisation;
  readonly grants: readonly Grant[];
  readonly credential: StaffCredential;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Issues a token or session for a person, valid until `expiresAt`. Returns the secret, to hand over once. */
export async function issueCredential(db: Db, personId: string, kind: 'token' | 'session', expiresAt: Date, now = new Date()): Promise<string> {
  const secret = newSecret(kind === 'token' ? 'kst' : 'kss');
  await db
    .insertInto('staff_tokens')
    .values({ token_hash: sha256Hex(secret), staff_id: personId, created_at: now.toISOString(), expires_at: expiresAt.toISOString(), revoked_at: null, kind })
    .execute();
  return secret;
}

/**
 * The principal a secret belongs to, if it is valid now: known, not revoked, not expired, its
 * person not disabled, their organisation not disabled. Null otherwise.
 */
export async function principalFor(db: Db, secret: string, now: Date): Promise<Principal | null> {
  if (secret.length === 0 || secret.length > 200) return null;
  const row = await db
    .selectFrom('staff_tokens as t')
    .innerJoin('staff_users as u', 'u.id', 't.staff_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.name', 'u.email', 'u.disabled_at', 't.expires_at', 't.revoked_at', 't.kind', 'o.id as org_id', 'o.name as org_name', 'o.kind as org_kind', 'o.disabled_at as org_disabled_at'])
    .where('t.token_hash', '=', sha256Hex(secret))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled_at !== null || row.org_disabled_at !== null) return null;
  if (row.expires_at !== null && row.expires_at <= now.toISOString()) return null;
  return {
    person: { id: row.id, name: row.name, email: row.email },
    organisation: { id: row.org_id, name: row.org_name, kind: row.org_kind as OrganisationKind },
    grants: await grantsOf(db, row.id),
    credential: { kind: row.kind === 'session' ? 'session' : 'token', expiresAt: row.expires_at },
  };
}

/** Revokes one secret; returns whether it was live. */
export async function revokeCredential(db: Db, secret: string, now = new Date()): Promise<boolean> {
  const result = await db.updateTable('staff_tokens').set({ revoked_at: now.toISOString() }).where('token_hash', '=', sha256Hex(secret)).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0n) > 0;
}

/**
 * The domain whose handler scopes fill the 0.1 `categories` field of a member of staff: the
 * inbox element of 0.1 reads `role` and `categories`; both are derived from grants and go when
 * it reads `grants` (ADR 0015). Naming a domain here is that compatibility, nothing more.
 */
const LEGACY_CATEGORIES_DOMAIN = 'feedback';

/** A member of staff as the API shows them: the 0.1 fields (derived) and their grants. */
export function staffView(
  person: { readonly id: string; readonly name: string; readonly email: string },
  grants: readonly Grant[],
  organisation?: Organisation,
): StaffUser {
  const admin = grants.some(isCityAdmin);
  const scopes = scopesFor(grants, { domain: LEGACY_CATEGORIES_DOMAIN, roles: ['handler'], organisation: CITY_ORGANISATION });
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    role: admin ? 'admin' : 'handler',
    categories: admin || scopes === 'all' ? [] : scopes.filter((s) => s !== '*'),
    ...(organisation ? { organisation } : {}),
    grants: [...grants],
  };
}
