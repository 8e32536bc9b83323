import { ALL_SCOPES, CITY_ORGANISATION, PLATFORM_DOMAIN, type Organisation, type OrganisationKind } from '@kohtaamo/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import type { DomainModule } from '../module.js';

/** Organisations (the city and associations) and the check of a grant against the modules. */

export class GrantError extends Error {
  override readonly name = 'GrantError';
}

/** The platform's own roles: the city's administrator, and an organisation's coordinator (manages its people). */
export const PLATFORM_ROLES: Readonly<Record<string, string>> = {
  admin: 'everything (only in the city organisation, scope *)',
  coordinator: 'manages the people and invitations of their organisation (scope *)',
};

export async function listOrganisations(db: Kysely<Database>): Promise<(Organisation & { disabled: boolean })[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('kind', 'desc').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as OrganisationKind, disabled: r.disabled_at !== null }));
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<(Organisation & { disabled: boolean }) | null> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, name: row.name, kind: row.kind as OrganisationKind, disabled: row.disabled_at !== null } : null;
}

export async function addOrganisation(db: Kysely<Database>, input: { id: string; name: string; kind: OrganisationKind }, now = new Date()): Promise<Organisation> {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(input.id)) throw new GrantError('--id must be lower-case letters, digits and dashes, e.g. heinolan-latu');
  if (!input.name.trim()) throw new GrantError('--name is required');
  if (input.kind === 'city') throw new GrantError('there is one city organisation ("city"); add associations');
  if (await findOrganisation(db, input.id)) throw new GrantError(`an organisation ${input.id} exists already`);
  await db.insertInto('organisations').values({ id: input.id, name: input.name.trim(), kind: input.kind, created_at: now.toISOString(), disabled_at: null }).execute();
  return { id: input.id, name: input.name.trim(), kind: input.kind };
}

export async function renameOrganisation(db: Kysely<Database>, id: string, name: string): Promise<void> {
  if (!name.trim()) throw new GrantError('--name is required');
  const result = await db.updateTable('organisations').set({ name: name.trim() }).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows ?? 0n) === 0) throw new GrantError(`no organisation ${id}`);
}

/** Disables an association: its people's grants there stop working, its own people can no longer sign in. */
export async function disableOrganisation(db: Kysely<Database>, id: string, now = new Date()): Promise<void> {
  if (id === CITY_ORGANISATION) throw new GrantError('the city organisation cannot be disabled');
  const result = await db.updateTable('organisations').set({ disabled_at: now.toISOString() }).where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
  if (Number(result.numUpdatedRows ?? 0n) === 0) throw new GrantError(`no enabled organisation ${id}`);
}

/**
 * Checks a grant before it is given: the organisation exists and is enabled, the domain is the
 * platform or a registered module, the role is one of its roles, the scope one of its scopes.
 */
export async function checkGrant(
  db: Kysely<Database>,
  modules: readonly DomainModule[],
  grant: { organisation: string; domain: string; scope: string; role: string },
): Promise<void> {
  const org = await findOrganisation(db, grant.organisation);
  if (!org || org.disabled) throw new GrantError(`no enabled organisation ${grant.organisation}`);
  if (grant.domain === PLATFORM_DOMAIN) {
    if (!(grant.role in PLATFORM_ROLES)) throw new GrantError(`platform roles are ${Object.keys(PLATFORM_ROLES).join(', ')}`);
    if (grant.scope !== ALL_SCOPES) throw new GrantError('platform grants have scope *');
    if (grant.role === 'admin' && grant.organisation !== CITY_ORGANISATION) throw new GrantError('only the city organisation has administrators');
    return;
  }
  const module = modules.find((m) => m.name === grant.domain);
  if (!module?.grantRoles) throw new GrantError(`no domain ${grant.domain} with grants (${[PLATFORM_DOMAIN, ...modules.filter((m) => m.grantRoles).map((m) => m.name)].join(', ')})`);
  const { roles, wholeDomain } = module.grantRoles;
  if (!(grant.role in roles)) throw new GrantError(`${grant.domain} roles are ${Object.keys(roles).join(', ')}`);
  if (grant.scope === ALL_SCOPES) {
    if (!wholeDomain) throw new GrantError(`a ${grant.domain} grant names its scope (${module.grantRoles.scopeDescription})`);
    return;
  }
  const scopes = await module.grantRoles.scopes(db);
  if (scopes !== null && !scopes.includes(grant.scope)) throw new GrantError(`unknown ${grant.domain} scope ${grant.scope} (${module.grantRoles.scopeDescription})`);
}
