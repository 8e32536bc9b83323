import { randomUUID } from 'node:crypto';
import { ALL_SCOPES, CITY_ORGANISATION, PLATFORM_DOMAIN, type StaffRole, type StaffUser } from '@kohtaamo/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, StaffUserTable } from '../../db/database.types.js';
import { AUTH_DEFAULTS } from '../auth/auth.config.js';
import { issueCredential, staffView } from '../auth/credentials.js';
import { addGrant, grantsOfPeople, type NewGrant } from '../auth/grants.js';
import { sha256Hex } from './secrets.js';

/**
 * People (the `staff_users` table: the city's staff and associations' people) and their
 * admin-issued tokens (only the SHA-256 of a token is stored). What a person may do is in
 * their grants (auth/grants.ts).
 */

export interface NewStaff {
  readonly name: string;
  readonly email: string;
  /** The 0.1 shorthand: "admin" = (city, platform, *, admin); "handler" = (city, feedback, <category>, handler) per category. */
  readonly role: StaffRole;
  readonly categories: readonly string[];
}

export class StaffError extends Error {
  override readonly name = 'StaffError';
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Db = Kysely<Database> | Transaction<Database>;

/** Adds a person to an organisation (the city by default). A taken email is refused. */
export async function addPerson(
  db: Db,
  input: { readonly name: string; readonly email: string; readonly organisation?: string; readonly oidcSubject?: string },
  now = new Date(),
): Promise<Selectable<StaffUserTable>> {
  const email = normaliseEmail(input.email);
  if (!input.name.trim()) throw new StaffError('--name is required');
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new StaffError(`not an email address: ${input.email}`);
  const organisation = input.organisation ?? CITY_ORGANISATION;
  const org = await db.selectFrom('organisations').select(['id', 'disabled_at']).where('id', '=', organisation).executeTakeFirst();
  if (!org) throw new StaffError(`no organisation ${organisation}`);
  const existing = await db.selectFrom('staff_users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new StaffError(`a person with the email ${email} exists already`);
  const row = {
    id: randomUUID(),
    name: input.name.trim(),
    email,
    // 0.1 columns, no longer read (platform migration 0003).
    role: 'handler',
    categories: '[]',
    created_at: now.toISOString(),
    disabled_at: null,
    organisation_id: organisation,
    oidc_subject: input.oidcSubject ?? null,
  };
  await db.insertInto('staff_users').values(row).execute();
  return row;
}

/** The grants the 0.1 shorthand means. */
export function grantsOfShorthand(role: StaffRole, categories: readonly string[]): Omit<NewGrant, 'personId' | 'source'>[] {
  if (role === 'admin') return [{ organisation: CITY_ORGANISATION, domain: PLATFORM_DOMAIN, scope: ALL_SCOPES, role: 'admin' }];
  return [...new Set(categories)].map((scope) => ({ organisation: CITY_ORGANISATION, domain: 'feedback', scope, role: 'handler' }));
}

/**
 * Adds a member of the city's staff with the 0.1 shorthand (`staff add --role … --categories …`).
 * Whether the categories exist is the caller's to check (the admin command asks the module).
 */
export async function addStaff(db: Kysely<Database>, input: NewStaff, now = new Date()): Promise<StaffUser> {
  if (input.role === 'handler' && input.categories.length === 0) {
    throw new StaffError('a handler needs --categories (comma-separated category ids)');
  }
  return db.transaction().execute(async (trx) => {
    const row = await addPerson(trx, { name: input.name, email: input.email }, now);
    const grants = [];
    for (const grant of grantsOfShorthand(input.role, input.categories)) grants.push(await addGrant(trx, { ...grant, personId: row.id, source: 'admin' }, now));
    return staffView(row, grants);
  });
}

export async function findStaffByEmail(db: Db, email: string): Promise<Selectable<StaffUserTable> | undefined> {
  return db.selectFrom('staff_users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

/** Everyone, with their grants (of organisations not disabled). */
export async function listStaff(db: Db, options: { organisation?: string } = {}): Promise<(StaffUser & { disabled: boolean; organisationId: string })[]> {
  let query = db.selectFrom('staff_users').selectAll().orderBy('name').orderBy('email');
  if (options.organisation) query = query.where('organisation_id', '=', options.organisation);
  const rows = await query.execute();
  const grants = await grantsOfPeople(db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...staffView(row, grants.get(row.id) ?? []), disabled: row.disabled_at !== null, organisationId: row.organisation_id }));
}

/** Disables a person (they can no longer sign in) and revokes their tokens and sessions. */
export async function disablePerson(db: Kysely<Database>, email: string, now = new Date()): Promise<{ email: string; revoked: number }> {
  const row = await findStaffByEmail(db, email);
  if (!row) throw new StaffError(`no person with the email ${email}`);
  await db.updateTable('staff_users').set({ disabled_at: now.toISOString() }).where('id', '=', row.id).execute();
  return { email: row.email, revoked: await revokeTokens(db, { email: row.email }, now) };
}

/** Issues a token for a person: valid `days` (the configured default, 90, when not given). Returns the token, to show once. */
export async function issueToken(
  db: Kysely<Database>,
  email: string,
  options: { days?: number; now?: Date } = {},
): Promise<{ token: string; staff: StaffUser; expiresAt: string }> {
  const row = await findStaffByEmail(db, email);
  if (!row) throw new StaffError(`no person with the email ${email}`);
  if (row.disabled_at !== null) throw new StaffError(`${email} is disabled`);
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (options.days ?? AUTH_DEFAULTS.tokenDays) * 86_400_000);
  const token = await issueCredential(db, row.id, 'token', expiresAt, now);
  const grants = (await grantsOfPeople(db, [row.id])).get(row.id) ?? [];
  return { token, staff: staffView(row, grants), expiresAt: expiresAt.toISOString() };
}

/**
 * Registers a token chosen elsewhere (the demo's KOHTAAMO_DEMO_STAFF_TOKEN) for a person, valid
 * until `expiresAt`; registering it again moves its expiry (each demo start renews it).
 */
export async function registerToken(db: Kysely<Database>, staffId: string, token: string, expiresAt: Date, now = new Date()): Promise<void> {
  await db
    .insertInto('staff_tokens')
    .values({ token_hash: sha256Hex(token), staff_id: staffId, created_at: now.toISOString(), expires_at: expiresAt.toISOString(), revoked_at: null, kind: 'token' })
    .onConflict((oc) => oc.column('token_hash').doUpdateSet({ expires_at: expiresAt.toISOString() }))
    .execute();
}

/** Revokes a token (given the token) or every token and session of a person (given the email). Returns how many. */
export async function revokeTokens(db: Db, by: { token?: string; email?: string }, now = new Date()): Promise<number> {
  let query = db.updateTable('staff_tokens').set({ revoked_at: now.toISOString() }).where('revoked_at', 'is', null);
  if (by.token) query = query.where('token_hash', '=', sha256Hex(by.token.trim()));
  else if (by.email) {
    const row = await findStaffByEmail(db, by.email);
    if (!row) throw new StaffError(`no person with the email ${by.email}`);
    query = query.where('staff_id', '=', row.id);
  } else return 0;
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0n);
}
