import { randomUUID } from 'node:crypto';
import { ALL_SCOPES, CITY_ORGANISATION, PLATFORM_DOMAIN, type Grant } from '@kohtaamo/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, GrantTable } from '../../db/database.types.js';

/**
 * Grants: (person, organisation, domain, scope, role), and THE grant check (`allows`): every
 * policy of every route, and every domain that needs to ask about another person (may this
 * handler be assigned a report?), goes through it. ADR 0015.
 */

/** What a request needs: a role in a domain, for an organisation, and maybe for one scope. */
export interface GrantNeed {
  /** The domain ("feedback"), or "*" for a role in any domain (an association's coordinator). */
  readonly domain: string;
  /** Any of these roles will do. */
  readonly roles: readonly string[];
  readonly organisation: string;
  /**
   * undefined: a grant of any scope in the domain will do (a list the route filters by scope);
   * "*": only a grant of the whole domain; an id: a grant of that scope or of the whole domain.
   */
  readonly scope?: string;
}

/** The city's administrator: (city, platform, *, admin). May do everything. */
export function isCityAdmin(grant: Pick<Grant, 'organisation' | 'domain' | 'scope' | 'role'>): boolean {
  return grant.organisation === CITY_ORGANISATION && grant.domain === PLATFORM_DOMAIN && grant.role === 'admin' && grant.scope === ALL_SCOPES;
}

/** The one grant check: whether any of `grants` meets `need`. */
export function allows(grants: readonly Pick<Grant, 'organisation' | 'domain' | 'scope' | 'role'>[], need: GrantNeed): boolean {
  return grants.some(
    (grant) =>
      isCityAdmin(grant) ||
      (grant.organisation === need.organisation &&
        (need.domain === '*' || grant.domain === need.domain) &&
        need.roles.includes(grant.role) &&
        (need.scope === undefined || grant.scope === ALL_SCOPES || grant.scope === need.scope)),
  );
}

/**
 * The scopes `grants` give for a need without a scope: "all" (the city's administrator, or a
 * grant of the whole domain) or the list of scope ids, for a route that filters a list by them.
 */
export function scopesFor(grants: readonly Pick<Grant, 'organisation' | 'domain' | 'scope' | 'role'>[], need: Omit<GrantNeed, 'scope'>): 'all' | string[] {
  if (allows(grants, { ...need, scope: ALL_SCOPES })) return 'all';
  return [...new Set(grants.filter((g) => allows([g], need)).map((g) => g.scope))].sort();
}

export function grantFromRow(row: Pick<Selectable<GrantTable>, 'id' | 'organisation_id' | 'domain' | 'scope' | 'role' | 'source'>): Grant {
  return { id: row.id, organisation: row.organisation_id, domain: row.domain, scope: row.scope, role: row.role, source: row.source };
}

type Db = Kysely<Database> | Transaction<Database>;

/** A person's live grants, in organisations that are not disabled. */
export async function grantsOf(db: Db, personId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('grants as g')
    .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
    .select(['g.id', 'g.organisation_id', 'g.domain', 'g.scope', 'g.role', 'g.source'])
    .where('g.person_id', '=', personId)
    .where('g.revoked_at', 'is', null)
    .where('o.disabled_at', 'is', null)
    .orderBy('g.organisation_id')
    .orderBy('g.domain')
    .orderBy('g.role')
    .orderBy('g.scope')
    .execute();
  return rows.map(grantFromRow);
}

/** Live grants of many people at once: person id → grants. */
export async function grantsOfPeople(db: Db, personIds: readonly string[]): Promise<Map<string, Grant[]>> {
  const result = new Map<string, Grant[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return result;
  const rows = await db
    .selectFrom('grants as g')
    .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
    .select(['g.person_id', 'g.id', 'g.organisation_id', 'g.domain', 'g.scope', 'g.role', 'g.source'])
    .where('g.person_id', 'in', [...personIds])
    .where('g.revoked_at', 'is', null)
    .where('o.disabled_at', 'is', null)
    .orderBy('g.domain')
    .orderBy('g.role')
    .orderBy('g.scope')
    .execute();
  for (const row of rows) result.get(row.person_id)?.push(grantFromRow(row));
  return result;
}

export interface NewGrant {
  readonly personId: string;
  readonly organisation: string;
  readonly domain: string;
  readonly scope: string;
  readonly role: string;
  readonly source: string;
}

/** Adds a grant unless the same live grant exists; returns the live one. */
export async function addGrant(db: Db, input: NewGrant, now = new Date()): Promise<Grant> {
  const existing = await db
    .selectFrom('grants')
    .selectAll()
    .where('person_id', '=', input.personId)
    .where('organisation_id', '=', input.organisation)
    .where('domain', '=', input.domain)
    .where('scope', '=', input.scope)
    .where('role', '=', input.role)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (existing) return grantFromRow(existing);
  const row = {
    id: randomUUID(),
    person_id: input.personId,
    organisation_id: input.organisation,
    domain: input.domain,
    scope: input.scope,
    role: input.role,
    source: input.source,
    created_at: now.toISOString(),
    revoked_at: null,
  };
  await db.insertInto('grants').values(row).execute();
  return grantFromRow(row);
}

/** Revokes a grant by id; returns whether one was live. */
export async function revokeGrant(db: Db, id: string, now = new Date()): Promise<boolean> {
  const result = await db.updateTable('grants').set({ revoked_at: now.toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0n) > 0;
}

/**
 * Makes a person's grants from one source exactly `wanted` (the city's sign-in renews its
 * grants at each sign-in: a group taken away at the provider is a grant revoked here). Grants
 * from other sources are left alone.
 */
export async function syncGrants(db: Db, personId: string, source: string, wanted: readonly Omit<NewGrant, 'personId' | 'source'>[], now = new Date()): Promise<void> {
  const key = (g: { organisation: string; domain: string; scope: string; role: string }) => `${g.organisation}\u0000${g.domain}\u0000${g.scope}\u0000${g.role}`;
  const live = await db.selectFrom('grants').selectAll().where('person_id', '=', personId).where('source', '=', source).where('revoked_at', 'is', null).execute();
  const wantedKeys = new Set(wanted.map(key));
  for (const row of live) {
    if (!wantedKeys.has(key(grantFromRow(row)))) await revokeGrant(db, row.id, now);
  }
  for (const grant of wanted) await addGrant(db, { ...grant, personId, source }, now);
}

/** "handler of feedback streets for city" */
export function describeGrant(grant: Pick<Grant, 'organisation' | 'domain' | 'scope' | 'role'>): string {
  return `${grant.role} of ${grant.domain} ${grant.scope === ALL_SCOPES ? '(all)' : grant.scope} for ${grant.organisation}`;
}
