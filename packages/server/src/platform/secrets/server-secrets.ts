import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types.js';

/**
 * A secret every server process on one database shares: the operator's value when configured
 * (KOHTAAMO_SERVER_SECRET), else one made once, on first use, and stored in `server_secrets`.
 * Two processes asking at the same moment get the same value: the insert of the loser is a
 * no-op and both read back the winner's row.
 */
export async function serverSecret(db: Kysely<Database>, name: string, now: Date = new Date()): Promise<string> {
  await db
    .insertInto('server_secrets')
    .values({ name, value: randomBytes(32).toString('base64url'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}

/** HMAC-SHA-256 (hex) of `value` under `secret`. */
export function hmacHex(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value, 'utf8').digest('hex');
}

/**
 * A keyed hasher for values that must not be reversible from a copy of the database (client
 * addresses: there are only 2^32 IPv4 addresses, so a plain hash is a lookup table away).
 * The key is fetched once per process and kept.
 */
export function keyedHasher(db: Kysely<Database>, name: string, configured: string | null): (value: string) => Promise<string> {
  let key: Promise<string> | undefined = configured ? Promise.resolve(configured) : undefined;
  return async (value) => {
    key ??= serverSecret(db, name).catch((error: unknown) => {
      key = undefined; // try again on the next request (the database may have been down)
      throw error;
    });
    return hmacHex(await key, value);
  };
}
