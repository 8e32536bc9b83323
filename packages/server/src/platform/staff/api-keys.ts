import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';
import { newSecret, sha256Hex } from './secrets.js';

/**
 * Open311 API keys (GeoReport v2 `api_key`), issued by `kohtaamo-server admin api-key issue`.
 * Only the SHA-256 of a key is stored; the key itself is shown once, when issued.
 */

/** Whether the key is one that was issued and not revoked. */
export async function verifyApiKey(db: Kysely<Database>, key: string): Promise<boolean> {
  if (typeof key !== 'string' || key.trim() === '' || key.length > 200) return false;
  const row = await db
    .selectFrom('api_keys')
    .select('key_hash')
    .where('key_hash', '=', sha256Hex(key.trim()))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Issues a key for a named client; returns the key (to show once). */
export async function issueApiKey(db: Kysely<Database>, name: string, now = new Date()): Promise<string> {
  const key = newSecret('kak');
  await db
    .insertInto('api_keys')
    .values({ key_hash: sha256Hex(key), name, created_at: now.toISOString(), revoked_at: null })
    .execute();
  return key;
}

/** Revokes a key, given the key itself or the client's name (every key of that name). Returns how many. */
export async function revokeApiKey(db: Kysely<Database>, by: { key?: string; name?: string }, now = new Date()): Promise<number> {
  let query = db.updateTable('api_keys').set({ revoked_at: now.toISOString() }).where('revoked_at', 'is', null);
  if (by.key) query = query.where('key_hash', '=', sha256Hex(by.key.trim()));
  else if (by.name) query = query.where('name', '=', by.name);
  else return 0;
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0n);
}

export interface ApiKeyInfo {
  readonly name: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export async function listApiKeys(db: Kysely<Database>): Promise<ApiKeyInfo[]> {
  const rows = await db.selectFrom('api_keys').select(['name', 'created_at', 'revoked_at']).orderBy('created_at').execute();
  return rows.map((r) => ({ name: r.name, createdAt: r.created_at, revokedAt: r.revoked_at }));
}
