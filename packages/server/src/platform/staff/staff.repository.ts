import { randomUUID } from 'node:crypto';
import type { StaffRole, StaffUser } from '@kohtaamo/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database, StaffUserTable } from '../../db/database.types.js';
import { newSecret, sha256Hex } from './secrets.js';

/** Staff users and their bearer tokens (only the SHA-256 of a token is stored). */

export function parseCategories(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function staffFromRow(row: Selectable<StaffUserTable>): StaffUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as StaffRole,
    categories: row.role === 'admin' ? [] : parseCategories(row.categories),
  };
}

export interface NewStaff {
  readonly name: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly categories: readonly string[];
}

export class StaffError extends Error {
  override readonly name = 'StaffError';
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Adds a member of staff. Unknown categories and a taken email are refused. */
export async function addStaff(db: Kysely<Database>, input: NewStaff, now = new Date()): Promise<StaffUser> {
  const email = normaliseEmail(input.email);
  if (!input.name.trim()) throw new StaffError('--name is required');
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new StaffError(`not an email address: ${input.email}`);
  if (input.role === 'handler' && input.categories.length === 0) {
    throw new StaffError('a handler needs --categories (comma-separated category ids)');
  }
  if (input.categories.length > 0) {
    const known = await db.selectFrom('feedback_categories').select('id').where('id', 'in', [...input.categories]).execute();
    const missing = input.categories.filter((c) => !known.some((k) => k.id === c));
    if (missing.length > 0) throw new StaffError(`unknown categories: ${missing.join(', ')}`);
  }
  const existing = await db.selectFrom('staff_users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new StaffError(`a member of staff with the email ${email} exists already`);
  const row = {
    id: randomUUID(),
    name: input.name.trim(),
    email,
    role: input.role,
    categories: JSON.stringify(input.role === 'admin' ? [] : [...new Set(input.categories)]),
    created_at: now.toISOString(),
    disabled_at: null,
  };
  await db.insertInto('staff_users').values(row).execute();
  return staffFromRow(row);
}

export async function findStaffByEmail(db: Kysely<Database>, email: string): Promise<Selectable<StaffUserTable> | undefined> {
  return db.selectFrom('staff_users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function listStaff(db: Kysely<Database>): Promise<(StaffUser & { disabled: boolean })[]> {
  const rows = await db.selectFrom('staff_users').selectAll().orderBy('name').orderBy('email').execute();
  return rows.map((row) => ({ ...staffFromRow(row), disabled: row.disabled_at !== null }));
}

/** Issues a token for a member of staff (valid `days`, or until revoked). Returns the token, to show once. */
export async function issueToken(
  db: Kysely<Database>,
  email: string,
  options: { days?: number; now?: Date } = {},
): Promise<{ token: string; staff: StaffUser; expiresAt: string | null }> {
  const row = await findStaffByEmail(db, email);
  if (!row) throw new StaffError(`no member of staff with the email ${email}`);
  if (row.disabled_at !== null) throw new StaffError(`${email} is disabled`);
  const now = options.now ?? new Date();
  const expiresAt = options.days !== undefined ? new Date(now.getTime() + options.days * 86_400_000).toISOString() : null;
  const token = newSecret('kst');
  await db
    .insertInto('staff_tokens')
    .values({ token_hash: sha256Hex(token), staff_id: row.id, created_at: now.toISOString(), expires_at: expiresAt, revoked_at: null })
    .execute();
  return { token, staff: staffFromRow(row), expiresAt };
}

/**
 * Registers a token chosen elsewhere (the demo's KOHTAAMO_DEMO_STAFF_TOKEN) for a member of
 * staff. Idempotent: a token already registered is left as it is.
 */
export async function registerToken(db: Kysely<Database>, staffId: string, token: string, now = new Date()): Promise<void> {
  await db
    .insertInto('staff_tokens')
    .values({ token_hash: sha256Hex(token), staff_id: staffId, created_at: now.toISOString(), expires_at: null, revoked_at: null })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .execute();
}

/** Revokes a token (given the token) or every token of a member of staff (given the email). Returns how many. */
export async function revokeTokens(db: Kysely<Database>, by: { token?: string; email?: string }, now = new Date()): Promise<number> {
  let query = db.updateTable('staff_tokens').set({ revoked_at: now.toISOString() }).where('revoked_at', 'is', null);
  if (by.token) query = query.where('token_hash', '=', sha256Hex(by.token.trim()));
  else if (by.email) {
    const row = await findStaffByEmail(db, by.email);
    if (!row) throw new StaffError(`no member of staff with the email ${by.email}`);
    query = query.where('staff_id', '=', row.id);
  } else return 0;
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0n);
}

/** The member of staff a bearer token belongs to, if the token is valid now (not revoked, not expired, user enabled). */
export async function staffForToken(db: Kysely<Database>, token: string, now = new Date()): Promise<StaffUser | null> {
  if (token.length === 0 || token.length > 200) return null;
  const row = await db
    .selectFrom('staff_tokens as t')
    .innerJoin('staff_users as u', 'u.id', 't.staff_id')
    .selectAll('u')
    .select(['t.expires_at', 't.revoked_at'])
    .where('t.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled_at !== null) return null;
  if (row.expires_at !== null && row.expires_at <= now.toISOString()) return null;
  return staffFromRow(row);
}
